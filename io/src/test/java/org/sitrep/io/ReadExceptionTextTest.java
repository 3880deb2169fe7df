package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/** The one-line message of a read problem: a position only when it is known (1 or more). */
class ReadExceptionTextTest {

  @Test
  void aLineOrColumnOfZeroOrLessIsNotWritten() {
    assertThat(new SitrepReadException("syntax", 0, 0, "", null, "d", null).getMessage())
        .isEqualTo("(root): d");
    assertThat(new SitrepReadException("syntax", -1, 5, "/a", null, "d", null).getMessage())
        .isEqualTo("(/a): d");
    assertThat(new SitrepReadException("syntax", 1, 0, "/a", null, "d", null).getMessage())
        .isEqualTo("line 1 (/a): d");
    assertThat(new SitrepReadException("syntax", 1, 1, "/a", Id.actor("x"), "d", null).getMessage())
        .isEqualTo("line 1, column 1 (/a, record actor:x): d");
  }

  @Test
  void aWarningIsWrittenLikeItsException() {
    SitrepReadException e =
        new SitrepReadException("malformed-value", 3, 0, "/kind", Id.actor("x"), "bad", null);
    ReadWarning warning = e.toWarning();
    assertThat(warning.message()).isEqualTo("line 3 (/kind, record actor:x): bad");
    assertThat(warning.message()).isEqualTo(e.getMessage());
    assertThat(warning.column()).isZero();
  }
}
