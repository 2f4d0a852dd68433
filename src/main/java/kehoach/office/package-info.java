/**
 * Opening Office files that people bring (a DOCX for {@code diff}, a workbook for the imports and
 * {@code batch --variants}) so that a file which is empty, of another kind, damaged, oversized when
 * unpacked or carrying an XML DOCTYPE is refused with a message naming it, before Apache POI reads
 * a byte of it.
 *
 * <p>Entry point: {@link kehoach.office.OfficeFile}. Depends on {@code kehoach.model} for its one
 * error, and on Apache POI; knows nothing of plans.
 */
package kehoach.office;
