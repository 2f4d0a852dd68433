package kehoach.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReproducibleZipTest {
  @Test
  void rootNamespacesAreSortedAndOtherAttributesKept() {
    String xml =
        "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"W\" xmlns:a=\"A\" mc:Ignorable=\"\""
            + " xmlns:r=\"R\"><w:body xmlns:z=\"Z\"/></w:document>";
    assertEquals(
        "<?xml version=\"1.0\"?>\n<w:document xmlns:a=\"A\" xmlns:r=\"R\" xmlns:w=\"W\""
            + " mc:Ignorable=\"\"><w:body xmlns:z=\"Z\"/></w:document>",
        ReproducibleZip.sortRootNamespaces(xml));
  }

  @Test
  void anEmptyRootElementStaysEmpty() {
    assertEquals(
        "<p:Properties xmlns:p=\"P\" xmlns:vt=\"V\"/>",
        ReproducibleZip.sortRootNamespaces("<p:Properties xmlns:vt=\"V\" xmlns:p=\"P\"/>"));
  }
}
