package kehoach.cli;

import picocli.CommandLine.Option;

/**
 * {@code --metadata}: the document's metadata beside a plan's outputs, for render and batch; the
 * renderer writes it with the plan's other files ({@code Renderer.withMetadata}).
 */
final class MetadataOption {
  @Option(
      names = "--metadata",
      description =
          "Also write NAME.metadata.json beside the outputs: the fields an office system registers"
              + " for an outgoing document (NĐ 30, Phụ lục VI), see docs/metadata.md.")
  boolean wanted;
}
