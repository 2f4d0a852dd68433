package kehoach.plan;

import java.util.List;
import java.util.Optional;

/** A computed piece of body or appendix content, numbered and with its text resolved. */
public sealed interface Part {
  /** The kind's name, for templates: "heading", "paragraph", "bullets" or "table". */
  String kind();

  /**
   * A numbered part.
   *
   * @param level 1 for mục, 2 for khoản, 3 for điểm, and so on
   * @param number its full number, for reviewers: "II.2.a"
   * @param label its printed label: "II.", "2.", "2.1.", "a)", "-", or empty
   * @param title its title, styled for its level (upper case at level 1)
   * @param text text following the title in the same paragraph
   * @param parts what it contains
   */
  record Heading(int level, String number, String label, Text title, Text text, List<Part> parts)
      implements Part {
    public Heading {
      parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
      return "heading";
    }
  }

  /**
   * A paragraph.
   *
   * @param text its text
   * @param align "left", "center", "right" or "justify" when the model sets it; empty for the
   *     stylesheet's
   * @param indent whether its first line takes the stylesheet's indent
   * @param note whether it is a ghi chú after the text ("(Đã ký)"), which the end mark "./." passes
   *     over ({@code Block.Paragraph#note})
   */
  record Paragraph(Text text, Optional<String> align, boolean indent, boolean note)
      implements Part {
    public Paragraph(Text text) {
      this(text, Optional.empty(), true, false);
    }

    /** This paragraph with {@code text} in place of its own. */
    Paragraph withText(Text text) {
      return new Paragraph(text, align, indent, note);
    }

    @Override
    public String kind() {
      return "paragraph";
    }
  }

  /** A bullet list. */
  record Bullets(List<Bullet> items) implements Part {
    public Bullets {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "bullets";
    }
  }

  /**
   * One bullet.
   *
   * @param marker "-" at the first level, "+" below
   * @param text its text
   * @param items the bullets under it
   */
  record Bullet(String marker, Text text, List<Bullet> items) {
    public Bullet {
      items = List.copyOf(items);
    }
  }

  /** A table, as printed cells. */
  record Table(Grid grid) implements Part {
    @Override
    public String kind() {
      return "table";
    }
  }
}
