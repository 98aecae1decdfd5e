package dev.pmlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Globs of include, exclude and suppressions, as the README describes them. */
class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "*.json, a.json, true",
      "*.json, specs/a.json, true",          // no '/': a name at any depth
      "specs/*.json, specs/a.json, true",
      "specs/*.json, specs/old/a.json, false", // '*' stays in one directory
      "specs/**/*.json, specs/a.json, true",   // '**/' matches no directory too
      "specs/**/*.json, specs/x/y/a.json, true",
      "specs/**, specs/x/y/a.yaml, true",
      "legacy, specs/legacy/a.yaml, true",     // a directory name covers what is below it
      "specs/legacy, specs/legacy/a.yaml, true",
      "specs/legacy, other/specs/legacy/a.yaml, false", // with '/': anchored at the base
      "/specs/*.yaml, specs/a.yaml, true",
      "./specs/*.yaml, specs/a.yaml, true",
      "specs/, specs/a/b.yaml, true",
      "spec?.yaml, spec1.yaml, true",
      "spec?.yaml, spec12.yaml, false",
      "'*.{yaml,yml}', a.yml, true",
      "'*.{yaml,yml}', a.json, false",
      "prod-[0-9].yaml, prod-7.yaml, true",
      "prod-[!0-9].yaml, prod-7.yaml, false",
      "a.b.yaml, aXb.yaml, false"})            // '.' is literal
  void matches(String glob, String path, boolean expected) {
    assertEquals(expected, Glob.of(glob).matches(path));
  }

  @ParameterizedTest
  @CsvSource({"specs/[a.yaml", "'specs/{a,b.yaml'", "specs/a}.yaml"})
  void malformedGlobsAreRejectedWithAReason(String glob) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.of(glob));
    assertEquals(true, e.getMessage().contains(glob), e.getMessage());
  }
}
