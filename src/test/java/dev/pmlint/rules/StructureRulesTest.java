package dev.pmlint.rules;

import static dev.pmlint.TestLinter.json;
import static dev.pmlint.TestLinter.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each structure rule, positive and negative, in JSON and YAML, asserting code and exact start
 * and end positions (columns count code points; the end is exclusive).
 */
class StructureRulesTest {

  static final String HEAD_YAML = "name: P\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n";
  static final String JWT_YAML = HEAD_YAML.replace("AWS_IAM", "CUSTOM_JWT")
      + "authorizerConfiguration:\n  customJWTAuthorizer:\n"
      + "    discoveryUrl: https://idp.example.com/.well-known/openid-configuration\n";

  /** Structure-rule findings only: the specs here are minimal and trip policy rules too. */
  static List<String> where(List<Finding> findings) {
    return dev.pmlint.TestLinter.where(
        findings.stream().filter(f -> f.rule().origin() != Rule.Origin.POLICY).toList());
  }

  @Nested
  class SyntaxError {
    @Test
    void jsonErrorPointsAtTheBadToken() {
      assertEquals(List.of("PM001@2:11-2:12"), where(json("{\n  \"name\": ,\n}")));
    }

    @Test
    void yamlErrorPointsWhereTheParserStoppedAndNamesTheOpenConstruct() {
      List<Finding> f = yaml("name: P\nauthorizerType: [a\nroleArn: x\n");
      assertEquals(List.of("PM001@3:8-3:9"), where(f));
      assertTrue(f.get(0).message().contains("started at line 2"), f.get(0).message());
    }

    @Test
    void emptyFileIsAFinding() {
      assertEquals(List.of("PM001@1:1-1:1"), where(yaml("")));
      assertEquals(List.of("PM001@1:1-1:3"), where(json("  ")));
    }

    @Test
    void wellFormedFileHasNone() {
      assertEquals(List.of(), where(yaml(HEAD_YAML)));
    }
  }

  @Nested
  class DuplicateKey {
    @Test
    void jsonPointsAtTheRepeatedKey() {
      List<Finding> f = json("{\"name\": \"A\", \"name\": \"B\", \"authorizerType\": \"AWS_IAM\","
          + " \"roleArn\": \"arn:aws:iam::123456789012:role/R\"}");
      assertEquals(List.of("PM002@1:15-1:21"), where(f));
    }

    @Test
    void yamlPointsAtTheRepeatedKeyWithCrlf() {
      List<Finding> f = yaml(HEAD_YAML.replace("\n", "\r\n") + "tags:\r\n  a: x1\r\n  a: x2\r\n");
      assertEquals(List.of("PM002@6:3-6:4"), where(f));
    }

    @Test
    void sameKeyInDifferentObjectsIsFine() {
      assertEquals(List.of(), where(yaml(HEAD_YAML + "tags:\n  name: x\n")));
    }
  }

  @Nested
  class UnknownMember {
    @Test
    void yamlPointsAtTheKeyAndSuggests() {
      List<Finding> f = yaml(JWT_YAML + "    allowedAudiences: [a]\n");
      assertEquals(List.of("PM003@7:5-7:21"), where(f));
      Finding unknown = f.stream().filter(x -> x.rule().code().equals("PM003")).findFirst().orElseThrow();
      assertTrue(unknown.message().contains("did you mean 'allowedAudience'"), unknown.message());
    }

    @Test
    void jsonPointsAtTheKeyWithNonAsciiBefore() {
      List<Finding> f = json("{\"description\": \"é😀\", \"namé\": \"x\", \"name\": \"P\", \"authorizerType\": \"AWS_IAM\","
          + " \"roleArn\": \"arn:aws:iam::123456789012:role/R\"}");
      // "é😀" is 2 code points (3 UTF-16 units): the key starts at column 23, 6 characters long.
      assertEquals(List.of("PM003@1:23-1:29"), where(f));
    }

    @Test
    void noSuggestionForFarNames() {
      List<Finding> f = yaml(HEAD_YAML + "zzzzzz: 1\n");
      assertEquals(List.of("PM003@4:1-4:7"), where(f));
      assertTrue(!f.get(0).message().contains("did you mean"), f.get(0).message());
    }

    @Test
    void knownMembersPass() {
      assertEquals(List.of(), where(yaml(JWT_YAML + "    allowedAudience: [a]\n")));
    }
  }

  @Nested
  class MissingRequiredMember {
    @Test
    void rootIsReportedOnLineOne() {
      assertEquals(List.of("PM004@1:1-1:8"), where(yaml("name: P\nauthorizerType: AWS_IAM\n")));
      assertEquals(List.of("PM004@1:1-1:2", "PM004@1:1-1:2"), where(json("{\n\"name\": \"P\"\n}")));
    }

    @Test
    void nestedIsReportedAtTheParentsKey() {
      List<Finding> f = yaml(HEAD_YAML + "authorizerConfiguration:\n  customJWTAuthorizer:\n    allowedAudience: [a]\n");
      assertEquals(List.of("PM004@5:3-5:22"), where(f));
    }

    @Test
    void completeObjectsPass() {
      assertEquals(List.of(), where(yaml(JWT_YAML)));
    }
  }

  @Nested
  class WrongType {
    @Test
    void yamlPlainNumberPointsAtTheValue() {
      List<Finding> f = yaml(HEAD_YAML + "tags:\n\tversion: 1.10\n".replace("\t", "  "));
      assertEquals(List.of("PM005@5:12-5:16"), where(f));
      assertTrue(f.get(0).message().contains("quote it"), f.get(0).message());
    }

    @Test
    void jsonWithTabsPointsAtTheValue() {
      List<Finding> f = json("{\n\t\"name\":\t42,\n\t\"authorizerType\": \"AWS_IAM\",\n\t\"roleArn\": \"arn:aws:iam::123456789012:role/R\"\n}");
      // a tab is one column
      assertEquals(List.of("PM005@2:10-2:12"), where(f));
    }

    @Test
    void quotedNumberIsAString() {
      assertEquals(List.of(), where(yaml(HEAD_YAML + "tags:\n  version: \"1.10\"\n")));
    }
  }

  @Nested
  class InvalidEnumValue {
    @Test
    void pointsAtTheValueAndSuggests() {
      List<Finding> f = yaml("name: P\nauthorizerType: custom_jwt\nroleArn: arn:aws:iam::123456789012:role/R\n");
      assertEquals(List.of("PM006@2:17-2:27"), where(f));
      assertTrue(f.get(0).message().contains("did you mean 'CUSTOM_JWT'"), f.get(0).message());
    }

    @Test
    void jsonQuotedValueRegionIncludesQuotes() {
      List<Finding> f = json("{\"name\": \"P\", \"authorizerType\": \"iam\", \"roleArn\": \"arn:aws:iam::123456789012:role/R\"}");
      assertEquals(List.of("PM006@1:33-1:38"), where(f));
    }

    @Test
    void exactValuesPass() {
      assertEquals(List.of(), where(yaml(HEAD_YAML)));
    }
  }

  @Nested
  class PatternMismatch {
    @Test
    void explainsTheFormatInWords() {
      List<Finding> f = yaml("name: payments-prod\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n");
      assertEquals(List.of("PM007@1:7-1:20"), where(f));
      assertTrue(f.get(0).message().contains("starts with a letter"), f.get(0).message());
    }

    @Test
    void tagKeyIsReportedAtTheKey() {
      assertEquals(List.of("PM007@5:3-5:10"), where(yaml(HEAD_YAML + "tags:\n  \"bad!k\": v\n")));
    }

    @Test
    void claimNameKeepsTheModelsRegex() {
      String claim = JWT_YAML + "    customClaims:\n      - inboundTokenClaimName: %s\n"
          + "        inboundTokenClaimValueType: STRING\n        authorizingClaimMatchValue:\n"
          + "          claimMatchValue: {matchValueString: x}\n          claimMatchOperator: EQUALS\n";
      assertEquals(List.of("PM007@8:32-8:35"), where(yaml(String.format(claim, "a-b"))));
      assertEquals(List.of(), where(yaml(String.format(claim, "a/b"))));
      assertEquals(List.of(), where(yaml(String.format(claim, "cognito:groups"))));
    }

    @Test
    void descriptionAllowsPunctuationAndNonAscii() {
      assertEquals(List.of(), where(yaml(HEAD_YAML + "description: \"Zahlungen für Agenten, v2 (EU) — ok!\"\n")));
      assertEquals(List.of("PM007@4:14-4:20"), where(yaml(HEAD_YAML + "description: \"a\\tb\"\n")));
    }
  }

  @Nested
  class OutOfRange {
    @Test
    void stringLengthCountsCodePoints() {
      String name = "N" + "😀".repeat(0) + "a".repeat(48);
      List<Finding> f = yaml("name: " + name + "\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n");
      assertEquals(List.of("PM008@1:7-1:56"), where(f));
      String desc = "😀".repeat(4096);
      assertEquals(List.of(), where(yaml(HEAD_YAML + "description: " + desc + "\n")));
    }

    @Test
    void emptyListPointsAtTheList() {
      assertEquals(List.of("PM008@7:20-7:22"), where(yaml(JWT_YAML + "    allowedScopes: []\n")));
    }

    @Test
    void mapEntries() {
      StringBuilder tags = new StringBuilder("tags:\n");
      for (int i = 0; i < 51; i++) tags.append("  k").append(i).append(": v\n");
      assertEquals(List.of("PM008@5:3-55:9"), where(yaml(HEAD_YAML + tags)));
    }
  }

  @Nested
  class UnionMemberCount {
    @Test
    void twoMembersGiveOneFindingAtTheUnionKey() {
      List<Finding> f = yaml(JWT_YAML + "    privateEndpoint:\n      managedVpcResource:\n"
          + "        vpcIdentifier: vpc-0a1b2c3d\n        subnetIds: [subnet-0a1b2c3d]\n        endpointIpAddressType: IPV4\n"
          + "      selfManagedLatticeResource:\n        resourceConfigurationIdentifier: rcfg-0a1b2c3d4e5f6a7b8\n");
      assertEquals(List.of("PM009@7:5-7:20"), where(f));
    }

    @Test
    void noMemberInJson() {
      List<Finding> f = json("{\"name\": \"P\", \"authorizerType\": \"CUSTOM_JWT\", \"roleArn\": \"arn:aws:iam::123456789012:role/R\",\n"
          + " \"authorizerConfiguration\": {}}");
      assertEquals(List.of("PM009@2:2-2:27"), where(f));
    }

    @Test
    void oneMemberPasses() {
      assertEquals(List.of(), where(yaml(JWT_YAML)));
    }
  }

  @Nested
  class YamlAmbiguousScalar {
    @Test
    void warnsOnYaml11Booleans() {
      List<Finding> f = yaml(HEAD_YAML + "tags:\n  monitoring: on\n");
      assertEquals(List.of("PM010@5:15-5:17"), where(f));
      assertEquals(dev.pmlint.model.Level.WARNING, f.get(0).level());
    }

    @Test
    void quotedAndJsonValuesAreFine() {
      assertEquals(List.of(), where(yaml(HEAD_YAML + "tags:\n  monitoring: \"on\"\n")));
      assertEquals(List.of(), where(json("{\"name\": \"P\", \"authorizerType\": \"AWS_IAM\", "
          + "\"roleArn\": \"arn:aws:iam::123456789012:role/R\", \"tags\": {\"monitoring\": \"on\"}}")));
    }
  }

  @Nested
  class DuplicateItem {
    @Test
    void pointsAtTheRepeat() {
      List<Finding> f = yaml(JWT_YAML + "    allowedWorkloadConfiguration:\n      workloadIdentities: [abc, def, abc]\n");
      assertEquals(List.of("PM011@8:38-8:41"), where(f));
    }

    @Test
    void distinctItemsPass() {
      assertEquals(List.of(), where(yaml(JWT_YAML + "    allowedWorkloadConfiguration:\n      workloadIdentities: [abc, def]\n")));
    }
  }

  @Nested
  class MultiDocument {
    @Test
    void eachDocumentIsCheckedWithItsOwnLines() {
      List<Finding> f = yaml(HEAD_YAML + "---\nname: bad-name\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n");
      assertEquals(List.of("PM007@5:7-5:15"), where(f));
      assertEquals(1, f.get(0).document());
    }

    @Test
    void findingInsideAnAliasPointsAtTheAlias() {
      List<Finding> f = yaml("x-anchors: &t {team: 5}\n" + HEAD_YAML + "tags: *t\n");
      assertEquals(List.of("PM003@1:1-1:10", "PM005@5:7-5:9"), where(f));
    }
  }
}
