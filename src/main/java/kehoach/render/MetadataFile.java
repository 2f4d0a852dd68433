package kehoach.render;

import java.nio.file.Path;

/**
 * The metadata file written beside a plan's outputs: {@code NAME.metadata.json}, for the office
 * system that registers the document (see docs/metadata.md), written by {@link Renderer} with the
 * plan's other files when asked ({@link Renderer#withMetadata}).
 */
public final class MetadataFile {
  /** What follows the plan's name in the file's name. */
  public static final String SUFFIX = ".metadata.json";

  private MetadataFile() {}

  /** The metadata file of the plan named {@code name} in {@code folder}. */
  public static Path target(String name, Path folder) {
    return folder.resolve(name + SUFFIX);
  }
}
