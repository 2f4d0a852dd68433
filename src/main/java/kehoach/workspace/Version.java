package kehoach.workspace;

import java.time.Instant;

/** An earlier text of a plan kept in its history: its id, when it was replaced, its size. */
public record Version(String id, Instant saved, long size) {}
