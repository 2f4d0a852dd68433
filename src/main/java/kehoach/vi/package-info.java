/**
 * Vietnamese language rules: numbers as printed ({@code 74.580.000}, {@code 7,5}), amounts in
 * words, dates ({@code ngày 07 tháng 5 năm 2024}), Roman numerals, the letter sequence of điểm, and
 * Unicode normalisation.
 *
 * <p>Pure functions over values. Depends on nothing else in kehoach, and must not: every other
 * stage uses it.
 */
package kehoach.vi;
