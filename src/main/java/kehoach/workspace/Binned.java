package kehoach.workspace;

import java.time.Instant;

/** A deleted plan waiting in the bin (thùng rác): its id, its name, when it was deleted. */
public record Binned(String id, String name, Instant deleted) {}
