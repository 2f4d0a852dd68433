package kehoach.model;

import java.util.Optional;

/**
 * One line of Nơi nhận.
 *
 * @param name who receives the plan
 * @param note why, printed in brackets after the name ("để báo cáo")
 */
public record Recipient(String name, Optional<String> note) {}
