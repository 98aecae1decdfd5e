package dev.pmlint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InventoryTest {

  @TempDir Path dir;

  private Path file(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name), json);
  }

  /** The message {@code dataJson} refuses this context file with. */
  private static String refusal(Path context) {
    return assertThrows(Inventory.InventoryException.class, () -> Inventory.dataJson(List.of(context)))
        .getMessage();
  }

  @Test
  void describeOutputIsKeyedByResourceId() throws Exception {
    Path subnets = file("subnets.json", """
        {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1"}, {"SubnetId": "subnet-2", "VpcId": "vpc-1"},
                     {"VpcId": "vpc-9"}]}""");
    Path more = file("more.json", """
        {"Subnets": [{"SubnetId": "subnet-2", "VpcId": "vpc-2"}],
         "SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1"}]}""");
    JsonNode data = JsonMapper.shared().readTree(Inventory.dataJson(List.of(subnets, more)));
    JsonNode expected = JsonMapper.shared().readTree("""
        {"inventory": {
          "subnets": {"subnet-1": {"SubnetId": "subnet-1", "VpcId": "vpc-1"},
                      "subnet-2": {"SubnetId": "subnet-2", "VpcId": "vpc-2"}},
          "securityGroups": {"sg-1": {"GroupId": "sg-1", "VpcId": "vpc-1"}}}}""");
    // An item without its id cannot match a spec; the same id in a later file wins; no Vpcs given, no vpcs.
    assertEquals(expected, data);
  }

  @Test
  void optionsAndNothingElse() {
    assertEquals("{}", Inventory.dataJson(List.of()));
    assertEquals("{\"options\":{\"PM302\":{\"trusted-accounts\":[\"111122223333\"]}}}",
        Inventory.dataJson(List.of(), Map.of("PM302", Map.of("trusted-accounts",
            JsonMapper.shared().readTree("[\"111122223333\"]")))));
  }

  @Test
  void otherJsonIsRefused() throws Exception {
    Path other = file("other.json", "{\"Reservations\": []}");
    assertEquals(other + " is not the JSON output of aws ec2 describe-subnets, describe-security-groups"
        + " or describe-vpcs (no top-level Subnets, SecurityGroups or Vpcs)", refusal(other));
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = dir.resolve("missing.json");
    assertEquals("cannot read " + missing + ": no such file", refusal(missing));
  }

  @Test
  void brokenJsonNamesWhereItBreaks() throws Exception {
    Path broken = file("broken.json", "{\"Subnets\": [\n  {bad}\n]}");
    assertEquals(broken + " is not valid JSON at 2:4: Unexpected character ('b' (code 98)):"
        + " was expecting double-quote to start property name", refusal(broken));
  }
}
