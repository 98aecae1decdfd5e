package dev.pmlint.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** pmlint's memory against Chicory's: the same operations must give the same bytes and traps. */
class FlatMemoryTest {

  private static final int SIZE = Memory.PAGE_SIZE;

  @Test
  void runsOnThisPlatform() {
    // The test JDK (17, little-endian) is where pmlint should use its own memory.
    assertTrue(FlatMemory.usable());
    assertTrue(FlatMemory.create(1, 2) instanceof FlatMemory);
  }

  @Test
  void randomAccessesMatchChicorysMemory() {
    Memory flat = new FlatMemory(1, 4);
    Memory reference = new ByteArrayMemory(new MemoryLimits(1, 4));
    Random random = new Random(20261203);
    for (int step = 0; step < 200_000; step++) {
      if (step == 100_000) {
        assertEquals(reference.grow(1), flat.grow(1));
      }
      int limit = flat.pages() * SIZE;
      // Addresses cluster at both ends, where a wide access crosses the limit.
      int addr = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(limit);
        case 1 -> limit - 1 - random.nextInt(10);
        case 2 -> -1 - random.nextInt(10);
        default -> random.nextInt(16);
      };
      long value = random.nextLong();
      int op = random.nextInt(12);
      same(reference, flat, m -> switch (op) {
        case 0 -> { m.writeI32(addr, (int) value); yield 0L; }
        case 1 -> { m.writeLong(addr, value); yield 0L; }
        case 2 -> { m.writeShort(addr, (short) value); yield 0L; }
        case 3 -> { m.writeByte(addr, (byte) value); yield 0L; }
        case 4 -> { m.writeF32(addr, Float.intBitsToFloat((int) value)); yield 0L; }
        case 5 -> { m.writeF64(addr, Double.longBitsToDouble(value)); yield 0L; }
        case 6 -> (long) m.readInt(addr);
        case 7 -> m.readLong(addr);
        case 8 -> (long) m.readShort(addr) + m.readU16(addr);
        case 9 -> (long) m.read(addr);
        case 10 -> (long) Float.floatToRawIntBits(m.readFloat(addr)) + m.readF32(addr);
        default -> Double.doubleToRawLongBits(m.readDouble(addr)) ^ m.readF64(addr);
      });
    }
    assertArrayEquals(reference.readBytes(0, 2 * SIZE), flat.readBytes(0, 2 * SIZE));
  }

  @Test
  void bulkOperationsMatchChicorysMemory() {
    Memory flat = new FlatMemory(2, 2);
    Memory reference = new ByteArrayMemory(new MemoryLimits(2, 2));
    byte[] data = new byte[SIZE + 100];
    new Random(7).nextBytes(data);
    for (Memory m : new Memory[] {flat, reference}) {
      m.write(SIZE - 50, data, 0, 300);
      m.copy(SIZE - 40, SIZE - 50, 200); // overlapping, forwards
      m.copy(SIZE - 60, SIZE - 45, 200); // overlapping, backwards
      m.fill((byte) 9, 10, 90);
      m.writeCString(500, "héllo", StandardCharsets.UTF_8);
    }
    assertArrayEquals(reference.readBytes(0, 2 * SIZE), flat.readBytes(0, 2 * SIZE));
    assertEquals("héllo", flat.readCString(500, StandardCharsets.UTF_8));
    assertEquals(reference.readCString(10, StandardCharsets.UTF_8),
        flat.readCString(10, StandardCharsets.UTF_8));
    same(reference, flat, m -> { m.write(2 * SIZE - 10, data, 0, 11); return 0L; });
    same(reference, flat, m -> { m.copy(0, 2 * SIZE - 10, 11); return 0L; });
    same(reference, flat, m -> { m.fill((byte) 1, 2 * SIZE - 1, 2 * SIZE + 1); return 0L; });
    same(reference, flat, m -> (long) m.readBytes(-1, 2).length);
  }

  @Test
  void growsUpToItsMaximumOnly() {
    Memory flat = new FlatMemory(1, 3);
    flat.writeI32(SIZE - 4, 42);
    assertEquals(1, flat.grow(2));
    assertEquals(3, flat.pages());
    assertEquals(42, flat.readInt(SIZE - 4));
    assertEquals(0, flat.readInt(3 * SIZE - 4));
    assertEquals(-1, flat.grow(1));
    assertEquals(3, flat.pages());
    assertThrows(WasmRuntimeException.class, () -> flat.readInt(3 * SIZE - 3));
  }

  /** Both memories return the same value, or both trap. */
  private static void same(Memory reference, Memory flat, Function<Memory, Long> op) {
    Long expected;
    try {
      expected = op.apply(reference);
    } catch (WasmRuntimeException e) {
      assertThrows(WasmRuntimeException.class, () -> op.apply(flat));
      return;
    }
    assertEquals(expected, op.apply(flat));
  }
}
