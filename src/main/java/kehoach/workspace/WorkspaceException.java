package kehoach.workspace;

import java.util.Optional;

/**
 * Why a workspace operation was refused, in a message a clerk can read; {@link #kind()} tells a
 * caller (the server) which status to answer with, and a {@link Kind#CONFLICT} carries the plan as
 * it is now, so the client can show what changed under it.
 */
public final class WorkspaceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No plan (or history version, or bin item) of that name. */
    NOT_FOUND,
    /** The name is no plain model file name inside the workspace. */
    BAD_NAME,
    /** A plan of that name exists already. */
    EXISTS,
    /** The plan changed since the version the change was made on. */
    CONFLICT,
    /** The change cannot be made: a path that does not exist, a value of the wrong kind. */
    INVALID,
    /** Another change of the plan (on another server sharing the folder) held it too long. */
    BUSY
  }

  private final Kind kind;
  private final transient Saved current;

  public WorkspaceException(Kind kind, String message) {
    this(kind, message, null);
  }

  public WorkspaceException(Kind kind, String message, Saved current) {
    super(message);
    this.kind = kind;
    this.current = current;
  }

  public Kind kind() {
    return kind;
  }

  /** The plan as it is now, for a conflict. */
  public Optional<Saved> current() {
    return Optional.ofNullable(current);
  }
}
