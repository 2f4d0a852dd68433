package kehoach.render;

import java.io.IOException;
import java.nio.file.Path;
import kehoach.document.XhtmlDocument;
import kehoach.files.Replacement;
import kehoach.model.PlanException;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedPlan;

/**
 * The metadata file written beside a plan's outputs: {@code NAME.metadata.json}, for the office
 * system that registers the document (see docs/metadata.md).
 */
public final class MetadataFile {
  /** What follows the plan's name in the file's name. */
  public static final String SUFFIX = ".metadata.json";

  private MetadataFile() {}

  /** The metadata file of the plan named {@code name} in {@code folder}. */
  public static Path target(String name, Path folder) {
    return folder.resolve(name + SUFFIX);
  }

  /**
   * The metadata of {@code plan}, with the page count of {@code document} laid out as the PDF lays
   * it out, as an output to write together with the plan's other files.
   */
  public static Replacement.Output output(
      ComputedPlan plan, XhtmlDocument document, String name, Path folder) {
    int pages = PageLayout.pages(document.copy()).size();
    return new Replacement.Output(
        target(name, folder), MetadataJson.bytes(Metadata.of(plan, pages)));
  }

  /**
   * Writes the metadata file of {@code plan} whole, after its other outputs were written.
   *
   * @return the file written
   */
  public static Path write(Renderer renderer, ComputedPlan plan, String name, Path folder)
      throws PlanException, IOException {
    Replacement.Output output = output(plan, renderer.document(plan), name, folder);
    Replacement.write(output.target(), output.content());
    return target(name, folder);
  }
}
