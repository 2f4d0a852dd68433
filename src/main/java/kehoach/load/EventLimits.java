package kehoach.load;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The YAML parser's events, stopped where a model would grow past what any plan needs, before the
 * composer builds it: lists and mappings nested deeper than {@link PlanLoader#MAX_DEPTH} (the
 * composer and the readers follow the nesting by recursion, so 10,000 nested lists would end the
 * run with a stack overflow), and an alias ({@code *name}) of a list or mapping (each alias copies
 * the whole collection, so a few lines of aliases of aliases make a model of billions of fields).
 * The parser itself keeps its state in a list, so it reaches either safely.
 */
final class EventLimits implements Parser {
  /** A model past a limit, at {@code mark}, with what to say about it. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Mark> mark;

    Exceeded(String message, Optional<Mark> mark) {
      super(message, null, false, false);
      this.mark = mark;
    }

    Optional<Mark> mark() {
      return mark;
    }
  }

  private final Parser parser;
  private final Set<Anchor> collections = new HashSet<>();
  private int depth;

  EventLimits(Parser parser) {
    this.parser = parser;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return parser.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    if (event instanceof CollectionStartEvent start) {
      start.getAnchor().ifPresent(collections::add);
      if (++depth > PlanLoader.MAX_DEPTH) {
        throw new Exceeded(
            "lists and mappings are nested more than "
                + PlanLoader.MAX_DEPTH
                + " levels deep here, the most a model may have; no plan needs so many",
            event.getStartMark());
      }
    } else if (event.getEventId() == Event.ID.SequenceEnd
        || event.getEventId() == Event.ID.MappingEnd) {
      depth--;
    } else if (event instanceof ScalarEvent scalar) {
      scalar.getAnchor().ifPresent(collections::remove);
    } else if (event instanceof AliasEvent alias && collections.contains(alias.getAlias())) {
      throw new Exceeded(
          "*"
              + alias.getAlias()
              + " repeats a list or mapping, which a model may not do (aliases of aliases grow a"
              + " model beyond any size); write the items out, or repeat only single values",
          event.getStartMark());
    }
    return event;
  }
}
