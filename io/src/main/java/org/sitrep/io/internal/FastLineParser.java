package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.PropertyNames;

/**
 * The fast attempt at a JSON Lines line ({@link LineSource}): a tokenizer of the bytes of one line,
 * where they lie, for the common shape of a well-formed record only. It gives up, throwing {@link
 * GiveUp}, on anything else: a property name that is not one of {@link PropertyNames} (extensions
 * included) or is given twice in an object, an escape it does not know, a byte that is not strictly
 * valid UTF-8, a number that is not a plain integer or decimal of a few digits, an exceeded or
 * nearly exceeded read limit, a syntax error, and every question that is only asked to report a
 * problem (positions other than a token's, the parsing context); the line is then read again by the
 * exact paths, which decide what it holds and report it exactly as before. What it accepts, it
 * reads to the same tokens and values as Jackson's parser (proved by {@code FastLineParserTest}
 * against the exact path).
 *
 * <p>Property names are matched by a hash of their bytes computed while they are scanned, and
 * returned as the constants of {@link PropertyNames} or, to the decoder, of {@link PropertyName}
 * ({@link #nextPropertyName()}); string values are decoded into one reused character buffer;
 * numbers are parsed from the bytes (decimals by exact division when their digits fit in a double's
 * significand, else it gives up).
 */
final class FastLineParser extends ParserMinimalBase {

  /** Why the fast attempt stopped: the line is not of the shape it reads. No stack trace. */
  static final class GiveUp extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("the line is left to the exact parser", null, false, false);
    }
  }

  // one instance, without stack trace: giving up is control flow, as cheap as a return
  @SuppressWarnings("StaticAssignmentOfThrowable")
  private static final GiveUp GIVE_UP = new GiveUp();

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** The deepest nesting read here; deeper lines are left to the exact parser. */
  private static final int MAX_DEPTH = 32;

  /** Exact powers of ten as doubles (up to 10^22 every one is exact). */
  private static final double[] POWERS_OF_TEN = new double[23];

  /** The largest significand a decimal may have to be divided exactly: 2^53. */
  private static final long MAX_EXACT = 1L << 53;

  /** Eight bytes of an array at a time. */
  private static final VarHandle LONGS = ByteWords.LONGS;

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long SPACES = ONES * ' ';

  // The names of the wire format, open addressing by a hash of their first sixteen bytes (two
  // little-endian words, zero past the name) and their length; see nameSlot.
  private static final String[] NAMES;
  private static final PropertyName[] NAME_CONSTANTS;
  private static final long[] NAME_WORDS0;
  private static final long[] NAME_WORDS1;
  private static final byte[][] NAME_BYTES;
  private static final int[] NAME_LENGTHS;

  /**
   * Each name's number, for the duplicate check: a bit in {@link #seenLow} or {@link #seenHigh}.
   */
  private static final int[] NAME_NUMBERS;

  private static final int NAME_BITS;

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
    List<PropertyName> names = new ArrayList<>(Arrays.asList(PropertyName.values()));
    names.remove(PropertyName.OTHER);
    if (names.size() > 2 * Long.SIZE) {
      throw new IllegalStateException("more property names than duplicate-check bits");
    }
    int size = Integer.highestOneBit(names.size() * 8);
    NAME_BITS = Integer.numberOfTrailingZeros(size);
    NAMES = new String[size];
    NAME_CONSTANTS = new PropertyName[size];
    NAME_WORDS0 = new long[size];
    NAME_WORDS1 = new long[size];
    NAME_BYTES = new byte[size][];
    NAME_LENGTHS = new int[size];
    NAME_NUMBERS = new int[size];
    for (int number = 0; number < names.size(); number++) {
      PropertyName constant = names.get(number);
      String name = Objects.requireNonNull(constant.text());
      byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
      byte[] padded = Arrays.copyOf(bytes, Math.max(16, bytes.length));
      long word0 = (long) LONGS.get(padded, 0);
      long word1 = (long) LONGS.get(padded, 8);
      int slot = nameSlot(word0, word1, bytes.length);
      while (NAMES[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      NAMES[slot] = name;
      NAME_CONSTANTS[slot] = constant;
      NAME_WORDS0[slot] = word0;
      NAME_WORDS1[slot] = word1;
      NAME_BYTES[slot] = bytes;
      NAME_LENGTHS[slot] = bytes.length;
      NAME_NUMBERS[slot] = number;
    }
  }

  private static int nameSlot(long word0, long word1, int length) {
    long h = (word0 * 0x9E3779B97F4A7C15L + word1) * 0xC2B2AE3D27D4EB4FL + length;
    return (int) (h >>> (Long.SIZE - NAME_BITS));
  }

  /** The mask of the low {@code count} bytes of a word, {@code count} in 0 to 7. */
  private static long lowBytes(int count) {
    return (1L << (count << 3)) - 1;
  }

  /**
   * The high bit of the zero bytes of {@code x}; exact for the first one (borrows only reach bytes
   * above it), which is all that is asked of it.
   */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  /** The mask of the bytes below the first byte marked in {@code zeroBytes}; all when none is. */
  private static long below(long zeroBytes) {
    return ((zeroBytes & -zeroBytes) >>> 7) - 1;
  }

  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxDepth;
  private final long maxDocumentLength;

  private byte[] buf = new byte[0];
  private int pos;
  private int end;

  /** Where the current token starts in {@link #buf}. */
  private int tokenStart;

  /** Where the current line starts in {@link #buf}. */
  private int lineStart;

  private int depth;

  /** Per level of nesting: whether it is an object (else an array). */
  private final boolean[] inObject = new boolean[MAX_DEPTH + 1];

  /** Per object being read: the names found so far, by their number (two words of bits). */
  private final long[] seenLow = new long[MAX_DEPTH + 1];

  private final long[] seenHigh = new long[MAX_DEPTH + 1];

  /**
   * The slot of the current property name in the tables of the format's names, or -1 for a name the
   * format lacks ({@link #otherName}) or none. An int, not the name's {@code String}: storing a
   * reference into this long-lived parser costs the garbage collector's write barrier, per name.
   */
  private int nameSlot = -1;

  /** The current property name when the format lacks it ({@link #freeName}); else null. */
  private @Nullable String otherName;

  /** The names read by {@link #freeName} in the objects being read, and the depth of each. */
  private String[] freeNames = new String[8];

  private int[] freeDepths = new int[8];

  private int freeCount;

  /** The characters of the current string value, from 0, once {@link #textDecoded}. */
  private char[] text = new char[256];

  private int textLength;

  /** Where the current string value's bytes start in {@link #buf}. */
  private int textFrom;

  /**
   * Whether {@link #text} holds the current string value; if not, the value is plain ASCII, {@link
   * #textLength} bytes from {@link #textFrom}.
   */
  private boolean textDecoded;

  /** Whether the current string value is plain ASCII: its bytes are its characters. */
  private boolean plainText;

  /** The hash of the current string value ({@link ByteWords}), when it is plain ASCII. */
  private int textHash;

  /** The current number: an integer's value, or a decimal's. */
  private long longValue;

  private double doubleValue;

  FastLineParser(StreamReadConstraints limits) {
    super(limits);
    this.maxStringLength = limits.getMaxStringLength();
    this.maxNumberLength = limits.getMaxNumberLength();
    this.maxNameLength = limits.getMaxNameLength();
    this.maxDepth = Math.min(MAX_DEPTH, limits.getMaxNestingDepth());
    this.maxDocumentLength = limits.getMaxDocumentLength();
  }

  /**
   * Starts a line: the bytes {@code [start, end)} of {@code bytes}, without the newline, or a line
   * that starts at {@code start} and ends before {@code end}, at a newline it finds ({@link
   * #newlineAfter()}). The parser then stands before the line's first token.
   */
  void reset(byte[] bytes, int start, int end) {
    this.buf = bytes;
    this.pos = start;
    this.end = end;
    this.lineStart = start;
    this.depth = 0;
    this.freeCount = 0;
    this._currToken = null;
    this.nameSlot = -1;
    this.otherName = null;
  }

  /**
   * Whether a line of {@code length} bytes (without its newline) lies within the read limit on the
   * length of a document.
   */
  boolean withinDocumentLimit(int length) {
    return maxDocumentLength <= 0 || length + 1 < maxDocumentLength;
  }

  /**
   * Where the line ends when the bytes given to {@link #reset} reach past it: the index of the
   * {@code '\n'} after the last token when nothing but blanks lies between; -1 when something else
   * does or no newline comes before the end. (No token is read across a newline: outside strings it
   * is not a blank here, and inside them a control character.)
   */
  int newlineAfter() {
    for (int i = pos; i < end; i++) {
      byte b = buf[i];
      if (b == '\n') {
        return i;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether nothing but blanks follows the last token on the line. */
  boolean restIsBlank() {
    for (int i = pos; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the current token starts: line 1 of the line's own numbering (high 32 bits) and its
   * column counted in bytes from 1 (low 32 bits), like {@code JacksonInternals.tokenPosition}.
   */
  long tokenPosition() {
    return (1L << 32) | (tokenStart - lineStart + 1);
  }

  // ---------------------------------------------------------------- tokens

  @Override
  public @Nullable JsonToken nextToken() {
    JsonToken current = _currToken;
    JsonToken next;
    if (current == JsonToken.FIELD_NAME) {
      next = value(skipBlanks());
    } else if (current == JsonToken.START_OBJECT) {
      int b = skipBlanks();
      next = b == '}' ? endObject() : nameToken(b);
    } else if (current == JsonToken.START_ARRAY) {
      int b = skipBlanks();
      next = b == ']' ? endArray() : value(b);
    } else if (current == null) {
      int b = skipBlanks();
      if (b != '{') {
        throw GIVE_UP;
      }
      next = value(b);
    } else {
      if (depth == 0) {
        throw GIVE_UP;
      }
      int b = skipBlanks();
      if (b == ',') {
        pos++;
        b = skipBlanks();
        next = inObject[depth] ? nameToken(b) : value(b);
      } else if (b == '}' && inObject[depth]) {
        next = endObject();
      } else if (b == ']' && !inObject[depth]) {
        next = endArray();
      } else {
        throw GIVE_UP;
      }
    }
    _currToken = next;
    return next;
  }

  @Override
  public @Nullable String nextFieldName() {
    return nextToken() == JsonToken.FIELD_NAME ? name() : null;
  }

  /** The current property name: one of the format's, or another ({@link #otherName}). */
  private @Nullable String name() {
    return nameSlot >= 0 ? NAMES[nameSlot] : otherName;
  }

  /** The constant of {@link #name()}: {@link PropertyName#OTHER} for a name the format lacks. */
  private PropertyName propertyName() {
    return nameSlot >= 0 ? NAME_CONSTANTS[nameSlot] : PropertyName.OTHER;
  }

  /**
   * Like {@link #nextFieldName()}, the name as the constant the decoder switches on ({@link
   * PropertyName#OTHER} for one the format does not define, whose text {@link #currentName()}
   * gives); null when the next token is not a name.
   *
   * <p>Small enough for the compiler to inline into the decoder: the layout Sitrep writes (a name
   * right after the object's start or a comma, no blanks) is read here, and everything else by
   * {@link #nextToken()}, to the same token.
   */
  @Nullable PropertyName nextPropertyName() {
    JsonToken current = _currToken;
    int at = pos;
    if (at < end
        && current != null
        && current != JsonToken.FIELD_NAME
        && current != START_ARRAY
        && inObject[depth]) {
      // in an object (inObject[0] is false: depth 0 is no object), after its start or a value
      byte b = buf[at];
      if (b == '}') {
        _currToken = endObject();
        return null;
      }
      if (current == JsonToken.START_OBJECT) {
        if (b == '"') {
          _currToken = nameToken(b);
          return propertyName();
        }
      } else if (b == ',' && at + 1 < end && buf[at + 1] == '"') {
        pos = at + 1;
        _currToken = nameToken('"');
        return propertyName();
      }
    }
    return nextToken() == JsonToken.FIELD_NAME ? propertyName() : null;
  }

  /**
   * The value after a property name, like {@link #nextToken()}: a string right after the colon (the
   * layout Sitrep writes, and the most common value) is read here, in a method small enough for the
   * compiler to inline into the decoder; everything else by {@link #nextToken()}, so that the code
   * inlined at each of the decoder's many calls stays small (cold runs compile it all).
   */
  @Nullable JsonToken nextPropertyValue() {
    int at = pos;
    if (_currToken == JsonToken.FIELD_NAME && at < end && buf[at] == '"') {
      tokenStart = at;
      JsonToken next = string();
      _currToken = next;
      return next;
    }
    return nextToken();
  }

  /**
   * The next element of an array, like {@link #nextToken()}: a string or object right after the
   * array's start or a comma, or the array's end (the layout Sitrep writes), is read here, in a
   * method small enough for the compiler to inline into the decoder; everything else by {@link
   * #nextToken()}.
   */
  @Nullable JsonToken nextElement() {
    JsonToken current = _currToken;
    int at = pos;
    if (at < end
        && current != null
        && current != JsonToken.FIELD_NAME
        && current != JsonToken.START_OBJECT
        && depth > 0
        && !inObject[depth]) {
      // in an array, after its start or an element
      byte b = buf[at];
      if (b == ']') {
        _currToken = endArray();
        return JsonToken.END_ARRAY;
      }
      if (current != START_ARRAY) {
        // after an element: a comma, then the next element's first byte
        if (b != ',' || at + 1 >= end) {
          return nextToken();
        }
        b = buf[++at];
      }
      if (b == '"' || b == '{') {
        pos = at;
        tokenStart = at;
        JsonToken next = b == '"' ? string() : open(true);
        _currToken = next;
        return next;
      }
    }
    return nextToken();
  }

  /** Skips blanks; the byte at {@link #pos} then, which must exist. */
  private int skipBlanks() {
    while (pos < end) {
      byte b = buf[pos];
      if (b != ' ' && b != '\t' && b != '\r') {
        return b;
      }
      pos++;
    }
    throw GIVE_UP;
  }

  private JsonToken endObject() {
    tokenStart = pos++;
    while (freeCount > 0 && freeDepths[freeCount - 1] == depth) {
      freeCount--;
    }
    depth--;
    return JsonToken.END_OBJECT;
  }

  private JsonToken endArray() {
    tokenStart = pos++;
    depth--;
    return JsonToken.END_ARRAY;
  }

  /** A property name and the colon after it: the name must be one of the wire format's. */
  private JsonToken nameToken(int first) {
    if (first != '"') {
      throw GIVE_UP;
    }
    tokenStart = pos;
    int from = pos + 1;
    // the first sixteen bytes, cut at the closing quote without a branch on where it lies: names
    // of every length come in turn, and a branch on the length would often be mispredicted
    long word0 = word(from);
    long word1 = word(from + Long.BYTES);
    long quotes0 = zeroBytes(word0 ^ QUOTES);
    long quotes1 = zeroBytes(word1 ^ QUOTES);
    int length0 = Long.numberOfTrailingZeros(quotes0) >>> 3;
    // -1 when the first word holds no quote (the name goes on into the second), else 0
    long onward = -(long) (length0 >>> 3);
    word0 &= below(quotes0);
    word1 &= below(quotes1) & onward;
    int length = length0 + ((Long.numberOfTrailingZeros(quotes1) >>> 3) & (int) onward);
    if (length == 2 * Long.BYTES) {
      while (from + length < end && buf[from + length] != '"') {
        length++;
      }
    }
    if (from + length >= end || length > maxNameLength) {
      throw GIVE_UP;
    }
    int slot = nameSlot(word0, word1, length);
    while (true) {
      int knownLength = NAME_LENGTHS[slot];
      if (knownLength == 0) {
        return freeName(from, length);
      }
      if (NAME_WORDS0[slot] == word0
          && NAME_WORDS1[slot] == word1
          && knownLength == length
          && (length <= 16 || sameBytes(NAME_BYTES[slot], from))) {
        break;
      }
      slot = (slot + 1) & (NAMES.length - 1);
    }
    int number = NAME_NUMBERS[slot];
    if (number < Long.SIZE) {
      long bit = 1L << number;
      if ((seenLow[depth] & bit) != 0) {
        throw GIVE_UP;
      }
      seenLow[depth] |= bit;
    } else {
      long bit = 1L << (number - Long.SIZE);
      if ((seenHigh[depth] & bit) != 0) {
        throw GIVE_UP;
      }
      seenHigh[depth] |= bit;
    }
    pos = from + length + 1;
    if (skipBlanks() != ':') {
      throw GIVE_UP;
    }
    pos++;
    nameSlot = slot;
    return JsonToken.FIELD_NAME;
  }

  /**
   * A name that is none of the wire format's (a map key, an extension, an unknown property): plain
   * ASCII only, checked against the other such names of its object for the duplicate check.
   */
  private JsonToken freeName(int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (!isPlain(buf[k])) {
        throw GIVE_UP;
      }
    }
    String free = new String(buf, from, length, StandardCharsets.ISO_8859_1);
    for (int k = freeCount - 1; k >= 0 && freeDepths[k] == depth; k--) {
      if (freeNames[k].equals(free)) {
        throw GIVE_UP;
      }
    }
    if (freeCount == freeNames.length) {
      freeNames = Arrays.copyOf(freeNames, freeCount * 2);
      freeDepths = Arrays.copyOf(freeDepths, freeCount * 2);
    }
    freeNames[freeCount] = free;
    freeDepths[freeCount++] = depth;
    pos = from + length + 1;
    if (skipBlanks() != ':') {
      throw GIVE_UP;
    }
    pos++;
    nameSlot = -1;
    otherName = free;
    return JsonToken.FIELD_NAME;
  }

  /** The eight bytes of the line from {@code at}, zero past its end. */
  private long word(int at) {
    if (at + Long.BYTES <= end) {
      return (long) LONGS.get(buf, at);
    }
    long word = 0;
    for (int k = Math.min(end, at + Long.BYTES) - 1; k >= at; k--) {
      word = word << 8 | (buf[k] & 0xff);
    }
    return word;
  }

  private boolean sameBytes(byte[] known, int from) {
    for (int k = 16; k < known.length; k++) {
      if (known[k] != buf[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** The value starting with byte {@code b} at {@link #pos}. */
  private JsonToken value(int b) {
    tokenStart = pos;
    return switch (b) {
      case '"' -> string();
      case '{' -> open(true);
      case '[' -> open(false);
      case 't' -> literal(TRUE, JsonToken.VALUE_TRUE);
      case 'f' -> literal(FALSE, JsonToken.VALUE_FALSE);
      case 'n' -> literal(NULL, JsonToken.VALUE_NULL);
      default -> number(b);
    };
  }

  private JsonToken literal(byte[] word, JsonToken token) {
    if (pos + word.length > end) {
      throw GIVE_UP;
    }
    for (int k = 1; k < word.length; k++) {
      if (buf[pos + k] != word[k]) {
        throw GIVE_UP;
      }
    }
    pos += word.length;
    return token;
  }

  private JsonToken open(boolean object) {
    if (depth + 1 >= maxDepth) {
      throw GIVE_UP;
    }
    depth++;
    inObject[depth] = object;
    if (object) {
      seenLow[depth] = 0;
      seenHigh[depth] = 0;
    }
    pos++;
    return object ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
  }

  /** A plain integer ({@code -?(0|[1-9][0-9]*)}) or decimal (with {@code .[0-9]+}), no exponent. */
  private JsonToken number(int first) {
    int i = pos;
    boolean negative = first == '-';
    if (negative) {
      i++;
    }
    int digitsStart = i;
    long significand = 0;
    while (i < end) {
      int digit = buf[i] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      significand = significand * 10 + digit;
      i++;
    }
    int intDigits = i - digitsStart;
    if (intDigits == 0 || intDigits > 18 || (intDigits > 1 && buf[digitsStart] == '0')) {
      throw GIVE_UP;
    }
    JsonToken token = JsonToken.VALUE_NUMBER_INT;
    if (i < end && buf[i] == '.') {
      i++;
      int fractionStart = i;
      while (i < end) {
        int digit = buf[i] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        significand = significand * 10 + digit;
        i++;
      }
      int fractionDigits = i - fractionStart;
      if (fractionDigits == 0
          || intDigits + fractionDigits > 18
          || significand > MAX_EXACT
          || fractionDigits >= POWERS_OF_TEN.length) {
        throw GIVE_UP;
      }
      double value = significand / POWERS_OF_TEN[fractionDigits];
      doubleValue = negative ? -value : value;
      token = JsonToken.VALUE_NUMBER_FLOAT;
    } else {
      longValue = negative ? -significand : significand;
    }
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      throw GIVE_UP;
    }
    if (i - pos > maxNumberLength) {
      throw GIVE_UP;
    }
    pos = i;
    return token;
  }

  /** A string value, decoded into {@link #text}: ASCII, strictly valid UTF-8 and simple escapes. */
  private JsonToken string() {
    int from = pos + 1;
    int i = from;
    // eight bytes at a time up to the first quote, backslash, control character or non-ASCII,
    // hashing the words before it for the caches (ByteWords)
    long h = 0;
    while (true) {
      if (i + Long.BYTES > end) {
        int tail = i;
        while (i < end && isPlain(buf[i])) {
          i++;
        }
        if (i > tail) {
          h = ByteWords.step(h, ByteWords.word(buf, tail, i - tail));
        }
        break;
      }
      long word = (long) LONGS.get(buf, i);
      long quotes = word ^ QUOTES;
      long backslashes = word ^ BACKSLASHES;
      long special =
          (((quotes - ONES) & ~quotes)
                  | ((backslashes - ONES) & ~backslashes)
                  | ((word - SPACES) & ~word)
                  | word)
              & HIGHS;
      if (special != 0) {
        int plain = Long.numberOfTrailingZeros(special) >>> 3;
        if (plain > 0) {
          h = ByteWords.step(h, word & lowBytes(plain));
          i += plain;
        }
        break;
      }
      h = ByteWords.step(h, word);
      i += Long.BYTES;
    }
    if (i >= end) {
      throw GIVE_UP;
    }
    textFrom = from;
    if (buf[i] == '"') {
      // plain ASCII, the common case: its characters are made when asked for
      textLength = i - from;
      textHash = ByteWords.finish(h);
      textDecoded = false;
      plainText = true;
      if (textLength > maxStringLength) {
        throw GIVE_UP;
      }
      pos = i + 1;
      return JsonToken.VALUE_STRING;
    }
    if (text.length < end - from) {
      text = new char[Math.max(text.length * 2, end - from)];
    }
    char[] out = text;
    int n = 0;
    for (int k = from; k < i; k++) {
      out[n++] = (char) buf[k];
    }
    while (true) {
      if (i >= end) {
        throw GIVE_UP;
      }
      int b = buf[i];
      if (b >= 0x20 && b != '"' && b != '\\') {
        out[n++] = (char) b;
        i++;
        continue;
      }
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        if (i + 1 >= end) {
          throw GIVE_UP;
        }
        int escaped = buf[i + 1];
        i += 2;
        switch (escaped) {
          case '"', '\\', '/' -> out[n++] = (char) escaped;
          case 'b' -> out[n++] = '\b';
          case 'f' -> out[n++] = '\f';
          case 'n' -> out[n++] = '\n';
          case 'r' -> out[n++] = '\r';
          case 't' -> out[n++] = '\t';
          case 'u' -> {
            if (i + 4 > end) {
              throw GIVE_UP;
            }
            out[n++] =
                (char)
                    (hex(buf[i]) << 12
                        | hex(buf[i + 1]) << 8
                        | hex(buf[i + 2]) << 4
                        | hex(buf[i + 3]));
            i += 4;
          }
          default -> throw GIVE_UP;
        }
        continue;
      }
      if (b >= 0) {
        throw GIVE_UP; // a control character
      }
      i = utf8(b & 0xff, i, out, n);
      n += (b & 0xff) >= 0xf0 ? 2 : 1;
    }
    if (n > maxStringLength) {
      throw GIVE_UP;
    }
    textLength = n;
    textDecoded = true;
    plainText = false;
    pos = i + 1;
    return JsonToken.VALUE_STRING;
  }

  /**
   * Whether a byte stands for itself in a string: ASCII, not a control character, quote or escape.
   */
  private static boolean isPlain(byte b) {
    return b >= 0x20 && b != '"' && b != '\\';
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    throw GIVE_UP;
  }

  /**
   * Decodes the strictly valid UTF-8 sequence starting with {@code lead} at {@code i} (no overlong
   * form, no surrogate, nothing past U+10FFFF) into {@code out} at {@code n}, one char or (four
   * bytes) a surrogate pair; returns the index after it.
   */
  private int utf8(int lead, int i, char[] out, int n) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      out[n] = (char) ((lead & 0x1f) << 6 | continuation(i + 1, 0x80, 0xbf));
      return i + 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      int low = lead == 0xe0 ? 0xa0 : 0x80;
      int high = lead == 0xed ? 0x9f : 0xbf;
      out[n] =
          (char)
              ((lead & 0x0f) << 12
                  | continuation(i + 1, low, high) << 6
                  | continuation(i + 2, 0x80, 0xbf));
      return i + 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      int low = lead == 0xf0 ? 0x90 : 0x80;
      int high = lead == 0xf4 ? 0x8f : 0xbf;
      int codePoint =
          (lead & 0x07) << 18
              | continuation(i + 1, low, high) << 12
              | continuation(i + 2, 0x80, 0xbf) << 6
              | continuation(i + 3, 0x80, 0xbf);
      out[n] = Character.highSurrogate(codePoint);
      out[n + 1] = Character.lowSurrogate(codePoint);
      return i + 4;
    }
    throw GIVE_UP;
  }

  /** The six bits of the continuation byte at {@code i}, which must lie in {@code [low, high]}. */
  private int continuation(int i, int low, int high) {
    if (i >= end) {
      throw GIVE_UP;
    }
    int b = buf[i] & 0xff;
    if (b < low || b > high) {
      throw GIVE_UP;
    }
    return b & 0x3f;
  }

  // ---------------------------------------------------------------- values

  @Deprecated // Jackson's older name, abstract in ParserMinimalBase
  @Override
  public @Nullable String getCurrentName() {
    return _currToken == JsonToken.FIELD_NAME ? name() : null;
  }

  @Override
  public @Nullable String currentName() {
    return getCurrentName();
  }

  @Override
  public @Nullable String getText() {
    JsonToken token = _currToken;
    if (token == JsonToken.VALUE_STRING) {
      return textDecoded ? new String(text, 0, textLength) : plainText();
    }
    if (token == JsonToken.FIELD_NAME) {
      return name();
    }
    if (token == null) {
      return null;
    }
    if (token.isNumeric()) {
      return new String(buf, tokenStart, pos - tokenStart, StandardCharsets.ISO_8859_1);
    }
    return token.asString();
  }

  @Override
  public char[] getTextCharacters() {
    if (_currToken != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    if (!textDecoded) {
      if (text.length < textLength) {
        text = new char[Math.max(text.length * 2, textLength)];
      }
      char[] out = text;
      byte[] in = buf;
      int from = textFrom;
      for (int k = 0, n = textLength; k < n; k++) {
        out[k] = (char) in[from + k];
      }
      textDecoded = true;
    }
    return text;
  }

  /**
   * Whether the current token is a string of plain ASCII (no escape, no control character), whose
   * characters are its {@link #getTextLength()} bytes in {@link #textBytes()} from {@link
   * #textBytesOffset()}.
   */
  boolean isPlainText() {
    return _currToken == JsonToken.VALUE_STRING && plainText;
  }

  /** The current string value, when {@link #isPlainText()}. */
  String plainText() {
    return new String(buf, textFrom, textLength, StandardCharsets.ISO_8859_1);
  }

  /** The bytes holding the current string value, when {@link #isPlainText()}. */
  byte[] textBytes() {
    return buf;
  }

  /** Where the current string value starts in {@link #textBytes()}. */
  int textBytesOffset() {
    return textFrom;
  }

  /**
   * The hash of the current string value when {@link #isPlainText()}: {@link ByteWords#hash(byte[],
   * int, int)} of its bytes, computed while they were scanned.
   */
  int textHash() {
    return textHash;
  }

  @Override
  public int getTextLength() {
    if (_currToken != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return textLength;
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public boolean hasTextCharacters() {
    return _currToken == JsonToken.VALUE_STRING;
  }

  @Override
  public int getIntValue() {
    if (_currToken != JsonToken.VALUE_NUMBER_INT
        || longValue < Integer.MIN_VALUE
        || longValue > Integer.MAX_VALUE) {
      throw GIVE_UP;
    }
    return (int) longValue;
  }

  @Override
  public long getLongValue() {
    if (_currToken != JsonToken.VALUE_NUMBER_INT) {
      throw GIVE_UP;
    }
    return longValue;
  }

  @Override
  public double getDoubleValue() {
    if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
      return doubleValue;
    }
    if (_currToken == JsonToken.VALUE_NUMBER_INT) {
      return longValue;
    }
    throw GIVE_UP;
  }

  @Override
  public NumberType getNumberType() {
    if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
      return NumberType.DOUBLE;
    }
    if (_currToken == JsonToken.VALUE_NUMBER_INT) {
      return longValue == (int) longValue ? NumberType.INT : NumberType.LONG;
    }
    throw GIVE_UP;
  }

  // what the decoder does not ask of a well-formed record of the common shape: the exact path

  @Override
  public Number getNumberValue() {
    throw GIVE_UP;
  }

  @Override
  public BigInteger getBigIntegerValue() {
    throw GIVE_UP;
  }

  @Override
  public float getFloatValue() {
    throw GIVE_UP;
  }

  @Override
  public BigDecimal getDecimalValue() {
    throw GIVE_UP;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    throw GIVE_UP;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    throw GIVE_UP;
  }

  @Deprecated // Jackson's older name, abstract in ParserMinimalBase
  @Override
  public JsonLocation getCurrentLocation() {
    throw GIVE_UP;
  }

  @Deprecated // Jackson's older name, abstract in ParserMinimalBase
  @Override
  public JsonLocation getTokenLocation() {
    throw GIVE_UP;
  }

  @Override
  public JsonLocation currentLocation() {
    throw GIVE_UP;
  }

  @Override
  public JsonLocation currentTokenLocation() {
    throw GIVE_UP;
  }

  @Override
  public void overrideCurrentName(String name) {
    throw GIVE_UP;
  }

  @Override
  protected void _handleEOF() {
    throw GIVE_UP;
  }

  @Override
  public @Nullable ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw GIVE_UP;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void close() {
    // it holds nothing: the bytes are the line source's
  }

  @Override
  public boolean isClosed() {
    return false;
  }
}
