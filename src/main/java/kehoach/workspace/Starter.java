package kehoach.workspace;

/** A bundled model to start a new plan from (mẫu khởi tạo): its id and its Vietnamese title. */
public record Starter(String id, String title) {}
