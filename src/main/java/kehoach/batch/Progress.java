package kehoach.batch;

/** Told of a batch's progress. */
public interface Progress {
  void started(int total);

  void done(Outcome outcome);

  void finished();

  Progress NONE =
      new Progress() {
        @Override
        public void started(int total) {}

        @Override
        public void done(Outcome outcome) {}

        @Override
        public void finished() {}
      };
}
