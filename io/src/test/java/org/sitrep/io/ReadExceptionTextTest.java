package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;
import org.sitrep.io.internal.access.Problems;

/** The one-line message of a read problem: a position only when it is known (1 or more). */
class ReadExceptionTextTest {

  @Test
  void aLineOrColumnOfZeroOrLessIsNotWritten() {
    assertThat(Problems.exception("syntax", 0, 0, "", null, "d", null).getMessage())
        .isEqualTo("(root): d");
    assertThat(Problems.exception("syntax", -1, 5, "/a", null, "d", null).getMessage())
        .isEqualTo("(/a): d");
    assertThat(Problems.exception("syntax", 1, 0, "/a", null, "d", null).getMessage())
        .isEqualTo("line 1 (/a): d");
    assertThat(Problems.exception("syntax", 1, 1, "/a", Id.actor("x"), "d", null).getMessage())
        .isEqualTo("line 1, column 1 (/a, record actor:x): d");
  }

  @Test
  void aWarningIsWrittenLikeItsException() {
    SitrepReadException e =
        Problems.exception("malformed-value", 3, 0, "/kind", Id.actor("x"), "bad", null);
    ReadProblem warning = e.problem();
    assertThat(warning.message()).isEqualTo("line 3 (/kind, record actor:x): bad");
    assertThat(warning.message()).isEqualTo(e.getMessage());
    assertThat(warning.column()).isZero();
  }
}
