package kehoach.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The plan models a command works on, declared once for every command. */
final class ModelFiles {
  @Parameters(
      paramLabel = "MODEL",
      arity = "1..*",
      converter = FileName.class,
      description = "Plan model files (.yaml, .yml or .json).")
  List<Path> paths;

  /**
   * A file name as a path, or a message saying why it cannot be one. Java reads the command line
   * and names files in the character set of the system's locale, fixed when it starts: under {@code
   * LC_ALL=C} a Vietnamese name ("kế-hoạch.yaml") cannot be written in it at all.
   */
  static final class FileName implements ITypeConverter<Path> {
    @Override
    public Path convert(String name) {
      try {
        return Path.of(name);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(
            "the file name \""
                + name
                + "\" cannot be represented in the system's character set ("
                + System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())
                + "); run kehoach under a UTF-8 locale, as LANG=C.UTF-8 ./kehoach …");
      }
    }
  }
}
