package dev.pmlint.policy;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.reflect.Field;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;
import sun.misc.Unsafe;

/**
 * The policy module's linear memory as one byte array, read and written with {@code
 * sun.misc.Unsafe}. pmlint runs C1 only (bin/pmlint), and C1 inlines neither Chicory's {@code
 * ByteArrayMemory} accessors (too large) nor the VarHandles inside them: in a 10,000-file run
 * about 30% of the CPU went to loads and stores of Wasm memory (JFR). Here an access is a bounds
 * check and one load or store, small enough for C1 to inline into the compiled module: 25% less
 * time per evaluation (bench/README.md). Wasm memory is little-endian, so this is used only
 * where the platform is too, and only where {@code sun.misc.Unsafe} memory access is still quiet
 * (before Java 24, JEP 498); elsewhere {@link #create} returns Chicory's memory.
 *
 * <p>Not shared between threads (the module declares no shared memory), so no atomics beyond the
 * interface's defaults and no locking on growth.
 */
final class FlatMemory implements Memory {

  private static final Unsafe UNSAFE = unsafe();
  private static final long BASE = UNSAFE == null ? 0 : Unsafe.ARRAY_BYTE_BASE_OFFSET;

  private final int initialPages;
  private final int maximumPages;
  private byte[] bytes;
  private DataSegment[] dataSegments;

  FlatMemory(int initialPages, int maximumPages) {
    this.initialPages = initialPages;
    // One Java array holds less than 2 GiB: 32,767 pages (pmlint asks for 1,024).
    this.maximumPages = Math.min(maximumPages, Integer.MAX_VALUE / PAGE_SIZE);
    this.bytes = new byte[Memory.bytes(initialPages)];
  }

  /** This memory where it is safe and fast, Chicory's page-array memory elsewhere. */
  static Memory create(int initialPages, int maximumPages) {
    if (usable()) {
      return new FlatMemory(initialPages, maximumPages);
    }
    return new ByteArrayMemory(new MemoryLimits(initialPages, maximumPages));
  }

  static boolean usable() {
    return UNSAFE != null
        && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
        && Runtime.version().feature() < 24;
  }

  private static Unsafe unsafe() {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (Unsafe) f.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  // Each accessor is a bounds check and one Unsafe load or store, and both it and at() stay
  // under C1's inlining limit (35 bytes of bytecode), so the compiled module inlines them.

  /** The Unsafe offset of addr, after checking that size bytes from there lie in memory. */
  private long at(int addr, int size) {
    // One sign test: negative when addr is negative or when the access runs past the end.
    if ((addr | (bytes.length - size - addr)) < 0) fail(addr, size);
    return BASE + addr;
  }

  @Override
  public int readInt(int addr) {
    return UNSAFE.getInt(bytes, at(addr, 4));
  }

  @Override
  public void writeI32(int addr, int data) {
    UNSAFE.putInt(bytes, at(addr, 4), data);
  }

  @Override
  public long readLong(int addr) {
    return UNSAFE.getLong(bytes, at(addr, 8));
  }

  @Override
  public void writeLong(int addr, long data) {
    UNSAFE.putLong(bytes, at(addr, 8), data);
  }

  @Override
  public short readShort(int addr) {
    return UNSAFE.getShort(bytes, at(addr, 2));
  }

  @Override
  public void writeShort(int addr, short data) {
    UNSAFE.putShort(bytes, at(addr, 2), data);
  }

  @Override
  public byte read(int addr) {
    return UNSAFE.getByte(bytes, at(addr, 1));
  }

  @Override
  public void writeByte(int addr, byte data) {
    UNSAFE.putByte(bytes, at(addr, 1), data);
  }

  @Override
  public long readU16(int addr) {
    return readShort(addr) & 0xFFFFL;
  }

  @Override
  public float readFloat(int addr) {
    return Float.intBitsToFloat(readInt(addr));
  }

  @Override
  public long readF32(int addr) {
    return readInt(addr);
  }

  @Override
  public void writeF32(int addr, float data) {
    writeI32(addr, Float.floatToRawIntBits(data));
  }

  @Override
  public double readDouble(int addr) {
    return Double.longBitsToDouble(readLong(addr));
  }

  @Override
  public long readF64(int addr) {
    return readLong(addr);
  }

  @Override
  public void writeF64(int addr, double data) {
    writeLong(addr, Double.doubleToRawLongBits(data));
  }

  @Override
  public void write(int addr, byte[] data, int offset, int size) {
    checkRange(offset, size, data.length);
    checkRange(addr, size, bytes.length);
    System.arraycopy(data, offset, bytes, addr, size);
  }

  @Override
  public byte[] readBytes(int addr, int len) {
    checkRange(addr, len, bytes.length);
    return Arrays.copyOfRange(bytes, addr, addr + len);
  }

  @Override
  public String readCString(int addr, Charset charSet) {
    checkRange(addr, 0, bytes.length);
    int end = addr;
    while (end < bytes.length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, addr, end - addr, charSet);
  }

  @Override
  public void fill(byte value, int fromIndex, int toIndex) {
    checkRange(fromIndex, toIndex - fromIndex, bytes.length);
    Arrays.fill(bytes, fromIndex, toIndex, value);
  }

  @Override
  public void copy(int dest, int src, int size) {
    checkRange(dest, size, bytes.length);
    checkRange(src, size, bytes.length);
    System.arraycopy(bytes, src, bytes, dest, size); // handles overlap like memmove
  }

  @Override
  public void zero() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public int pages() {
    return bytes.length / PAGE_SIZE;
  }

  @Override
  public int grow(int size) {
    int previous = pages();
    long next = (long) previous + size;
    if (size < 0 || next > maximumPages) {
      return -1;
    }
    if (size > 0) {
      bytes = Arrays.copyOf(bytes, Memory.bytes((int) next));
    }
    return previous;
  }

  @Override
  public int initialPages() {
    return initialPages;
  }

  @Override
  public int maximumPages() {
    return maximumPages;
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public void initialize(Instance instance, DataSegment[] segments) {
    initialize(instance, segments, 0);
  }

  @Override
  public void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
    this.dataSegments = segments;
    if (segments == null) {
      return;
    }
    for (DataSegment s : segments) {
      if (s instanceof ActiveDataSegment) {
        ActiveDataSegment segment = (ActiveDataSegment) s;
        if (segment.index() != memoryIndex) {
          continue;
        }
        byte[] data = segment.data();
        int offset = (int) ConstantEvaluators.computeConstantValue(instance, segment.offsetInstructions())[0];
        if (Integer.toUnsignedLong(offset) + data.length > bytes.length) {
          throw new UninstantiableException("out of bounds memory access: data segment at " + offset);
        }
        System.arraycopy(data, 0, bytes, offset, data.length);
      } else if (!(s instanceof PassiveDataSegment)) {
        throw new ChicoryException("Data segment should be active or passive: " + s);
      }
    }
  }

  @Override
  public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
    write(dest, dataSegments[segmentId].data(), offset, size);
  }

  @Override
  public void drop(int segment) {
    dataSegments[segment] = PassiveDataSegment.EMPTY;
  }

  @Override
  @SuppressWarnings("removal")
  public Object lock(int address) {
    throw new UnsupportedOperationException("memory is not shared");
  }

  @Override
  @SuppressWarnings("removal")
  public int waitOn(int address, int expected, long timeout) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  @SuppressWarnings("removal")
  public int waitOn(int address, long expected, long timeout) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  @SuppressWarnings("removal")
  public int notify(int address, int maxThreads) {
    return 0;
  }

  private static void checkRange(int addr, int size, int limit) {
    if (addr < 0 || size < 0 || (long) addr + size > limit) {
      throw outOfBounds(addr, size, limit);
    }
  }

  /** Always throws; a void call keeps the accessors that use it small. */
  private static void fail(int addr, int size) {
    throw new WasmRuntimeException("out of bounds memory access: attempted to access "
        + size + " bytes at address " + Integer.toUnsignedString(addr));
  }

  private static RuntimeException outOfBounds(int addr, int size, int limit) {
    return new WasmRuntimeException("out of bounds memory access: attempted to access address: "
        + Integer.toUnsignedString(addr) + " but limit is: " + limit + " and size: " + size);
  }
}
