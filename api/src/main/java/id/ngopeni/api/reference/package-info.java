/**
 * Reference data over HTTP: regions, worker categories, funding sources and banks.
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>Every signed-in role reads; only ADMIN adds a category or loads regions.
 *   <li>A region file is all or nothing: every bad row is reported and nothing is written unless
 *       every row is good.
 *   <li>{@code --load-regions FILE} loads and exits; it does not start the server.
 * </ul>
 */
package id.ngopeni.api.reference;
