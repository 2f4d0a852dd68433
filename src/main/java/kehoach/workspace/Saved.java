package kehoach.workspace;

/**
 * A plan's text as saved, with its version: the hex SHA-256 of the file's bytes, which a client
 * sends back to say which text its change was made on.
 */
public record Saved(String name, String text, String version) {}
