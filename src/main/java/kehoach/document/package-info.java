/**
 * The intermediate document: the XHTML the layout templates produce, parsed once into a DOM that
 * every writer reads. Writers know nothing of plans; they would render any document in this form.
 */
package kehoach.document;
