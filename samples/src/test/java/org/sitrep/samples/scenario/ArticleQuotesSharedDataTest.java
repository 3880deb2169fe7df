package org.sitrep.samples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;

/**
 * Every quote of the scenario is verbatim from the article, which lives beside the shared data
 * ({@code shared/seed/article.txt}) and is not copied into the project.
 */
class ArticleQuotesSharedDataTest {

  @Test
  void everyQuoteIsVerbatimFromTheArticle() throws IOException {
    String sharedData = System.getProperty("sitrep.shared.data");
    assertThat(sharedData).as("system property sitrep.shared.data").isNotBlank();
    Path article = Path.of(sharedData).resolveSibling("seed").resolve("article.txt");
    assertThat(article).as("the seed article").isRegularFile();
    String text = Files.readString(article, StandardCharsets.UTF_8);
    for (SitrepRecord record : BalochistanScenario.records()) {
      for (Source source : record.sources()) {
        assertThat(source.quote())
            .as("quote of %s", record.id())
            .hasValueSatisfying(quote -> assertThat(text).contains(quote));
      }
    }
  }
}
