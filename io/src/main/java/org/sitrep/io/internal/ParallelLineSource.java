package org.sitrep.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;

/**
 * The records of a JSON Lines stream decoded by several threads (the consumer's own among them) and
 * delivered in the stream's order: the same records, warnings and exceptions as {@link LineSource}
 * gives, at the same calls of {@link #next()}, {@link #title()} and {@link #asOf()}.
 *
 * <p><b>Chunks.</b> The stream is cut into chunks of about {@code chunkSize} bytes, each ending
 * after its last {@code '\n'} (the stream's last one wherever the stream ends). A line longer than
 * a chunk grows its chunk, up to the line length limit; a line longer than the limit is cut to one
 * byte more than the limit and a {@code '\n'}, which is enough for the chunk's reader to refuse it
 * as too long exactly as the sequential reader does, and the rest of it is skipped unread. The
 * threads take turns at cutting; the one that cuts a chunk counts its lines, so that every chunk is
 * decoded knowing the stream's number of its first line (problems carry the stream's lines, and so
 * do Jackson's messages, which is why lines cannot be shifted after decoding), and notes whether a
 * line before the chunk was looked at for a header (only the first non-blank line may be one; a
 * byte order mark is looked for on the stream's first line only).
 *
 * <p><b>Decoding.</b> Each thread decodes its chunks with a {@link LineSource} over the chunk and a
 * {@link Decoder} of its own (the consumer too, for the chunks it decodes itself), kept from chunk
 * to chunk (its caches stay warm), and keeps, for every call of {@link LineSource#next()}, what the
 * call gave: a record, with the warnings the call added (a lenient reader's skipped lines and
 * unknown properties), or the {@link SitrepReadException} it threw (a strict reader's problem, or a
 * bad header; the thread goes on with the next line, as the sequential reader does when called
 * again), or, at the end of the chunk, the warnings of its last lines. The consumer replays these
 * calls in order: it adds the warnings to the reader's list and returns the record or throws the
 * exception, so warnings appear at the same {@code hasNext()} as with one thread, which {@code
 * ReadValidation} relies on to place them among the records.
 *
 * <p><b>Work on the records.</b> Once {@link #prepareEach} has given it a work, a thread runs it on
 * each record it decodes, right after decoding it (while the record is in its core's cache), and
 * keeps the result beside the record, for {@link #prepared()} when the consumer takes the record.
 * Chunks decoded before the work was given have no results, and their records none.
 *
 * <p><b>Order and memory.</b> A thread takes a permit before it cuts a chunk; the consumer gives it
 * back once it has taken the chunk's last record. There are {@code 2 * threads + }{@value #SLACK}
 * permits, so at most that many chunks are cut and not yet consumed: their bytes (one {@code
 * chunkSize} buffer each while cut and being decoded, recycled after; a line longer than a chunk
 * needs a buffer as long as the line) and their decoded records. Decoded chunks wait in a ring of
 * as many slots, at their sequence number.
 *
 * <p><b>Threads.</b> {@code threads} threads decode: the consumer and {@code threads - 1} daemon
 * threads named {@code sitrep-read-N}. When the chunk the consumer needs next is not decoded yet,
 * it cuts and decodes the next chunk itself if a permit is free (the one it needs, or a later one,
 * which waits in the ring at its place), and waits only when none is or nothing is left to cut; so
 * there are {@code threads} busy threads, not {@code threads + 1} (on two cores, one decoding
 * thread and the consumer that validates, and decodes when it would wait). With one thread the
 * consumer decodes every chunk. The daemon threads are started by the first read. They end at the
 * end of the stream, after a failure of the input (delivered after the records of the lines before
 * it) or of a decoder (delivered in place of the record it was decoding; no chunk is cut after
 * either), and when the source is closed: {@link #close()} stops them, closes the input and waits
 * for them (a thread blocked reading a pipe that gives nothing ends when the read returns). Not
 * thread-safe: one consumer.
 */
final class ParallelLineSource implements RecordSource {

  /**
   * The chunk size by default: 256 KiB, about 550 records of 460 bytes. Less than half a G1 region
   * of a small heap, so that a chunk's buffer is not a humongous object; small enough that the
   * records decoded ahead weigh little on the heap, large enough that cutting and handing over a
   * chunk cost little beside decoding it.
   */
  static final int DEFAULT_CHUNK_SIZE = 256 << 10;

  /**
   * The permits beyond two per thread: chunks the decoding threads may cut ahead while the consumer
   * is slower than they are for a while. At a cold start it is, as the JIT compiles its validation
   * after their decoding: with {@code 2 * threads + 1} permits, the decoding thread of a cold
   * 1,000,000-record {@code sitrep validate} on two cores waited 0.10-0.14 s for one (JFR's {@code
   * jdk.ThreadPark}, three runs), and with 12 under 0.01 s. Eight chunks more hold about 2 MB of
   * bytes and 4,400 records.
   */
  static final int SLACK = 8;

  /** How long {@link #close()} waits for the threads at most. */
  private static final long JOIN_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** The buffer for skipping the rest of a line that is too long. */
  private static final int SKIP_BUFFER = 64 * 1024;

  /** Eight bytes of an array at a time, for counting {@code '\n'}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOWS = 0x7f7f7f7f7f7f7f7fL;
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final byte[] NOTHING = new byte[0];

  private final JsonCodec codec;
  private final InputStream in;

  /** The reader's warnings, which the consumer adds to. */
  private final List<ReadProblem> warnings;

  private final int chunkSize;
  private final Thread[] threads;
  private final Semaphore permits;

  /** Decoded chunks not yet taken by the consumer, at their sequence number modulo the length. */
  private final @Nullable Chunk[] ready;

  private final Object readyLock = new Object();

  /** Chunk buffers decoded and free for the next cut. */
  private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();

  private volatile boolean closed;

  /** The work of {@link #prepareEach}, or null. */
  private volatile @Nullable Function<SitrepRecord, Object> work;

  /** Nothing more is cut: the stream ended or failed, or a decoder failed. */
  private volatile boolean stopped;

  // ---------------------------------------------------------------- cutting, under cutLock

  private final Object cutLock = new Object();

  /** The bytes after the last chunk's last {@code '\n'}: the start of the next line. */
  private byte[] carry = NOTHING;

  private int carryLength;
  private boolean eof;
  private int nextSequence;

  /** The lines of the chunks cut so far. */
  private int linesCut;

  /** Whether a line of the chunks cut so far was looked at for a header. */
  private boolean headerCut;

  // ---------------------------------------------------------------- consuming

  private boolean started;

  /** The decoder of the chunks the consumer decodes itself, made when it first does. */
  private @Nullable Decoder consumerDecoder;

  /** The sequence number of the chunk being consumed, or of the next one. */
  private int sequence;

  private @Nullable Chunk current;

  /** The next item of {@link #current}. */
  private int position;

  private boolean finished;

  /** What ended the reading (the input or a decoder failed), thrown again at every call. */
  private @Nullable Throwable failure;

  private boolean headerChecked;
  private @Nullable String title;
  private @Nullable LocalDate asOf;
  private @Nullable SitrepRecord readAhead;
  private boolean readAheadDone;

  /** What the work gave for {@link #readAhead}. */
  private Object readAheadPrepared = NOT_PREPARED;

  /** What the work gave for the record {@link #next()} returned last. */
  private Object prepared = NOT_PREPARED;

  ParallelLineSource(
      JsonCodec codec, InputStream in, List<ReadProblem> warnings, int threads, int chunkSize) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be positive, was " + chunkSize);
    }
    this.codec = codec;
    this.in = in;
    this.warnings = warnings;
    this.chunkSize = chunkSize;
    this.threads = new Thread[threads - 1];
    for (int i = 0; i < threads - 1; i++) {
      Thread thread = new Thread(this::work, "sitrep-read-" + (i + 1));
      thread.setDaemon(true);
      this.threads[i] = thread;
    }
    int inFlight = 2 * threads + SLACK;
    this.permits = new Semaphore(inFlight);
    this.ready = new Chunk[inFlight];
  }

  // ---------------------------------------------------------------- the consumer

  @Override
  public @Nullable String title() throws IOException {
    readPastHeader();
    return title;
  }

  @Override
  public @Nullable LocalDate asOf() throws IOException {
    readPastHeader();
    return asOf;
  }

  private void readPastHeader() throws IOException {
    if (!headerChecked && !readAheadDone) {
      readAhead = readNext();
      readAheadPrepared = prepared;
      readAheadDone = true;
    }
  }

  @Override
  public @Nullable SitrepRecord next() throws IOException {
    if (readAheadDone) {
      readAheadDone = false;
      SitrepRecord record = readAhead;
      readAhead = null;
      prepared = readAheadPrepared;
      return record;
    }
    return readNext();
  }

  @Override
  public boolean prepareEach(Function<SitrepRecord, Object> work) {
    this.work = work;
    return true;
  }

  @Override
  public Object prepared() {
    return prepared;
  }

  private @Nullable SitrepRecord readNext() throws IOException {
    if (closed) {
      throw new IOException("the reader is closed");
    }
    start();
    while (true) {
      Throwable ended = failure;
      if (ended != null) {
        throw failed(ended);
      }
      Chunk chunk = current;
      if (chunk == null) {
        if (finished) {
          return null;
        }
        chunk = take();
        if (chunk.headerChunk()) {
          title = chunk.title();
          asOf = chunk.asOf();
        }
        if (chunk.end()) {
          finished = true;
          return null;
        }
        current = chunk;
        position = 0;
      }
      int at = position++;
      Object item = chunk.items().get(at);
      if (item instanceof SitrepRecord record) {
        headerChecked = true;
        prepared = chunk.prepared(at);
        return record;
      }
      Step step = (Step) item;
      warnings.addAll(step.warnings());
      headerChecked = step.headerChecked();
      Throwable thrown = step.failure();
      if (thrown != null) {
        if (step.last()) {
          failure = thrown;
        }
        throw failed(thrown);
      }
      SitrepRecord record = step.record();
      if (record != null) {
        prepared = chunk.prepared(at);
        return record;
      }
      // the end of the chunk: its permit lets a thread cut another one
      current = null;
      sequence++;
      permits.release();
    }
  }

  /**
   * What a thread caught, to be thrown by the consumer: a read problem as a new exception (with the
   * consumer's stack), anything unchecked as it is, an {@link IOException} returned.
   */
  private static IOException failed(Throwable thrown) {
    if (thrown instanceof SitrepReadException e) {
      throw Problems.exception(e.problem(), e.getCause());
    }
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    // the threads catch IOException, RuntimeException and Error only
    return (IOException) thrown;
  }

  private void start() {
    if (!started) {
      started = true;
      for (Thread thread : threads) {
        thread.start();
      }
    }
  }

  /**
   * Takes the chunk of {@link #sequence} from the ring. While it is not there, the consumer decodes
   * the next chunk not yet cut itself, when a permit is free (it is the one it waits for, or one
   * after it, which the ring keeps at its place); it waits only when every permit is taken or
   * nothing is left to cut, so that {@code threads} busy threads share the cores: {@code threads -
   * 1} decoding threads and the consumer.
   */
  private Chunk take() throws IOException {
    int slot = sequence % ready.length;
    while (true) {
      synchronized (readyLock) {
        Chunk chunk = ready[slot];
        if (chunk != null) {
          ready[slot] = null;
          return chunk;
        }
      }
      if (!permits.tryAcquire() || !cutAndDecode(consumerDecoder())) {
        waitFor(slot);
      }
    }
  }

  /** Waits until a thread has put a chunk at {@code slot} of the ring. */
  private void waitFor(int slot) throws InterruptedIOException {
    synchronized (readyLock) {
      while (ready[slot] == null) {
        try {
          readyLock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the next records");
        }
      }
    }
  }

  /** The consumer's own decoder, for the chunks it decodes itself. */
  private Decoder consumerDecoder() {
    Decoder decoder = consumerDecoder;
    if (decoder == null) {
      decoder = codec.newDecoder(new ArrayList<>());
      consumerDecoder = decoder;
    }
    return decoder;
  }

  /** Stops the threads, closes the input and waits for the threads to end. */
  @Override
  public void close() throws IOException {
    closed = true;
    if (started) {
      for (Thread thread : threads) {
        thread.interrupt();
      }
    }
    try {
      in.close();
    } finally {
      if (started) {
        join();
      }
    }
  }

  private void join() {
    long deadline = System.nanoTime() + JOIN_NANOS;
    try {
      for (Thread thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- the threads

  private void work() {
    Decoder decoder = codec.newDecoder(new ArrayList<>());
    try {
      do {
        permits.acquire();
      } while (cutAndDecode(decoder));
    } catch (InterruptedException e) {
      // close() interrupts the threads: the reader is closed
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Cuts the next chunk under a permit the caller has taken, decodes it and puts it in the ring at
   * its sequence number; false, with the permit given back, when there is nothing left to cut.
   */
  private boolean cutAndDecode(Decoder decoder) {
    Cut cut = cut();
    if (cut == null) {
      permits.release();
      return false;
    }
    Chunk chunk;
    try {
      chunk = cut.end ? new Chunk(List.of(), null, true, false, null, null) : decode(cut, decoder);
    } catch (RuntimeException | Error e) {
      // e.g. no memory for the chunk's reader: the consumer gets it in place of the chunk
      stopped = true;
      Step failed = new Step(null, List.of(), e, cut.headerChecked, true);
      chunk = new Chunk(List.of(failed), null, false, false, null, null);
    }
    synchronized (readyLock) {
      ready[cut.sequence % ready.length] = chunk;
      readyLock.notifyAll();
    }
    return true;
  }

  /** Decodes a chunk, keeping what each call of {@link LineSource#next()} gave. */
  private Chunk decode(Cut cut, Decoder decoder) {
    List<Object> items = new ArrayList<>(cut.length / 256 + 2);
    Function<SitrepRecord, Object> each = work;
    @Nullable List<@Nullable Object> results =
        each == null ? null : new ArrayList<>(cut.length / 256 + 2);
    List<ReadProblem> found = decoder.warnings();
    found.clear();
    LineSource lines =
        new LineSource(codec, cut.bytes, cut.length, decoder, cut.linesBefore, cut.headerChecked);
    try {
      while (!closed) {
        try {
          SitrepRecord record = lines.next();
          if (results != null) {
            // while the record's lines are in this core's cache; at its item's index
            results.add(
                record == null ? null : RecordSource.prepare(Objects.requireNonNull(each), record));
          }
          if (record != null && found.isEmpty()) {
            items.add(record);
            continue;
          }
          Throwable failure = record == null ? cut.failure : null;
          items.add(
              new Step(record, taken(found), failure, lines.headerChecked(), failure != null));
          if (record == null) {
            break;
          }
        } catch (SitrepReadException e) {
          if (results != null) {
            results.add(null);
          }
          items.add(new Step(null, taken(found), e, lines.headerChecked(), false));
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      stopped = true;
      if (results != null) { // a work that failed (an error) added no result either
        results.add(null);
      }
      items.add(new Step(null, taken(found), e, lines.headerChecked(), true));
    } finally {
      closeQuietly(lines);
      if (cut.bytes.length == chunkSize) {
        buffers.offer(cut.bytes);
      }
    }
    return new Chunk(
        items, results, false, !cut.headerChecked, decoder.documentTitle(), decoder.documentAsOf());
  }

  private static List<ReadProblem> taken(List<ReadProblem> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<ReadProblem> copy = List.copyOf(found);
    found.clear();
    return copy;
  }

  private static void closeQuietly(LineSource lines) {
    try {
      lines.close();
    } catch (IOException e) {
      // it reads an array: closing releases the parser's buffers and cannot fail
    }
  }

  // ---------------------------------------------------------------- cutting

  /** The next chunk, or null when there is none to cut. */
  private @Nullable Cut cut() {
    synchronized (cutLock) {
      if (closed || stopped) {
        return null;
      }
      int number = nextSequence++;
      try {
        return cutNext(number);
      } catch (RuntimeException | Error e) {
        // e.g. no memory for the buffer of a long line: the consumer gets it after the lines before
        stopped = true;
        return new Cut(number, NOTHING, 0, linesCut, headerCut, e, false);
      }
    }
  }

  private Cut cutNext(int number) {
    byte[] buffer;
    if (carryLength < chunkSize) {
      byte[] free = buffers.poll();
      buffer = free != null ? free : new byte[chunkSize];
    } else {
      buffer = new byte[carryLength + chunkSize];
    }
    System.arraycopy(carry, 0, buffer, 0, carryLength);
    int length = carryLength;
    // the carried bytes hold no '\n'
    int searched = carryLength;
    carryLength = 0;
    IOException failure = null;
    int max = codec.maxLineLength();
    while (true) {
      while (length < buffer.length && !eof) {
        try {
          int count = in.read(buffer, length, buffer.length - length);
          if (count < 0) {
            eof = true;
          } else {
            length += count;
          }
        } catch (IOException e) {
          failure = e;
          eof = true;
        }
      }
      int end = lastNewline(buffer, searched, length) + 1;
      if (end > 0) {
        if (failure == null) {
          keepCarry(buffer, end, length);
        }
        // with a failure, the line after the last '\n' was not read through: the failure is its
        return chunk(number, buffer, end, failure);
      }
      searched = length;
      if (eof) {
        if (length == 0 && failure == null) {
          stopped = true;
          return new Cut(number, NOTHING, 0, linesCut, headerCut, null, true);
        }
        // the stream's last line, without '\n' (dropped when reading it failed)
        return chunk(number, buffer, failure == null ? length : 0, failure);
      }
      if (length > max) {
        // a line too long: one byte more than the limit is enough to refuse it
        if (buffer.length < max + 2) {
          buffer = Arrays.copyOf(buffer, max + 2);
        }
        buffer[max + 1] = '\n';
        IOException skipped = skipLine();
        return chunk(number, buffer, skipped == null ? max + 2 : 0, skipped);
      }
      // a line longer than the buffer, within the limit: a longer buffer, up to the limit's
      buffer = Arrays.copyOf(buffer, (int) Math.min(max + 2L, 2L * buffer.length));
    }
  }

  /** Skips the rest of a line that is too long; the bytes after its end are carried. */
  private @Nullable IOException skipLine() {
    byte[] skip = new byte[SKIP_BUFFER];
    try {
      while (true) {
        int count = in.read(skip, 0, skip.length);
        if (count < 0) {
          eof = true;
          return null;
        }
        for (int i = 0; i < count; i++) {
          if (skip[i] == '\n') {
            keepCarry(skip, i + 1, count);
            return null;
          }
        }
      }
    } catch (IOException e) {
      eof = true;
      return e;
    }
  }

  private void keepCarry(byte[] from, int start, int end) {
    int count = end - start;
    if (count > carry.length) {
      carry = new byte[Math.max(count, Math.min(chunkSize, 2 * carry.length))];
    }
    System.arraycopy(from, start, carry, 0, count);
    carryLength = count;
  }

  /** A chunk cut: its lines counted, and whether one of them is looked at for a header. */
  private Cut chunk(int number, byte[] buffer, int length, @Nullable IOException failure) {
    int linesBefore = linesCut;
    boolean headerBefore = headerCut;
    if (!headerCut) {
      headerCut = looksAtHeader(buffer, length, linesBefore);
    }
    linesCut = linesBefore + newlines(buffer, length);
    if (failure != null) {
      stopped = true;
    }
    return new Cut(number, buffer, length, linesBefore, headerBefore, failure, false);
  }

  /**
   * Whether {@link LineSource} looks at one of these lines for a header: a line within the length
   * limit that is not blank (spaces, tabs, carriage returns), after a byte order mark on the
   * stream's first line.
   */
  private boolean looksAtHeader(byte[] bytes, int length, int linesBefore) {
    int max = codec.maxLineLength();
    int line = linesBefore;
    int start = 0;
    while (start < length) {
      line++;
      int end = start;
      while (end < length && bytes[end] != '\n') {
        end++;
      }
      if (end - start <= max) {
        int from = start;
        if (line == 1
            && end - start >= 3
            && bytes[start] == (byte) 0xEF
            && bytes[start + 1] == (byte) 0xBB
            && bytes[start + 2] == (byte) 0xBF) {
          from += 3;
        }
        for (int i = from; i < end; i++) {
          byte b = bytes[i];
          if (b != ' ' && b != '\t' && b != '\r') {
            return true;
          }
        }
      }
      start = end + 1;
    }
    return false;
  }

  /** The index of the last {@code '\n'} in {@code [from, to)} of {@code a}, or -1. */
  private static int lastNewline(byte[] a, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** How many {@code '\n'} the first {@code length} bytes of {@code a} hold. */
  static int newlines(byte[] a, int length) {
    int count = 0;
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      long word = (long) LONGS.get(a, i) ^ NEWLINES;
      // the high bit of each byte of t is set when the byte of word is not zero
      long t = ((word & LOWS) + LOWS) | word;
      count += Long.bitCount(~t & ~LOWS);
    }
    for (; i < length; i++) {
      if (a[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  /** A chunk cut from the stream. */
  private static final class Cut {

    /** Its place among the chunks, from 0. */
    final int sequence;

    /** Its lines, each ending with {@code '\n'} but the stream's last one. */
    final byte[] bytes;

    /** How many bytes of {@link #bytes} it is. */
    final int length;

    /** The stream's lines before it. */
    final int linesBefore;

    /** Whether a line before it was looked at for a header. */
    final boolean headerChecked;

    /** What failed after its lines (reading the input), thrown after them; or null. */
    final @Nullable Throwable failure;

    /** Whether it is the end of the stream, after every chunk. */
    final boolean end;

    Cut(
        int sequence,
        byte[] bytes,
        int length,
        int linesBefore,
        boolean headerChecked,
        @Nullable Throwable failure,
        boolean end) {
      this.sequence = sequence;
      this.bytes = bytes;
      this.length = length;
      this.linesBefore = linesBefore;
      this.headerChecked = headerChecked;
      this.failure = failure;
      this.end = end;
    }
  }

  /**
   * A decoded chunk.
   *
   * @param items what the calls of {@link LineSource#next()} gave, in order: a record alone, or a
   *     {@link Step}; the last one is a step without a record
   * @param results what the work of {@link #prepareEach} gave for the record of each item, at the
   *     item's index (null for an item without a record); null when the chunk was decoded without a
   *     work
   * @param end whether it is the end of the stream (it has no items)
   * @param headerChunk whether no line before it was looked at for a header; then {@code title} and
   *     {@code asOf} are the header's when it has the header line
   * @param title the header's title, for a header chunk
   * @param asOf the header's day, for a header chunk
   */
  private record Chunk(
      List<Object> items,
      @Nullable List<@Nullable Object> results,
      boolean end,
      boolean headerChunk,
      @Nullable String title,
      @Nullable LocalDate asOf) {

    /** What the work gave for the record of an item, or {@link #NOT_PREPARED}. */
    Object prepared(int item) {
      Object result = results == null ? null : results.get(item);
      return result == null ? NOT_PREPARED : result;
    }
  }

  /**
   * What a call of {@link LineSource#next()} gave when more than a record.
   *
   * @param record the record, or null when the call threw or the chunk ended
   * @param warnings the warnings the call added
   * @param failure what the call threw, or null
   * @param headerChecked whether the first non-blank line was looked at for a header by then
   * @param last whether the failure ends the reading
   */
  private record Step(
      @Nullable SitrepRecord record,
      List<ReadProblem> warnings,
      @Nullable Throwable failure,
      boolean headerChecked,
      boolean last) {}
}
