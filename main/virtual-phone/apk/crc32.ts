// CRC-32 (IEEE, as zip uses), incremental, for the APK builder (node 20 has no zlib.crc32),
// and zlib's crc32_combine: the CRC of A‖B from crc(A), crc(B) and B's length in O(log n), so
// a large filler made of one repeated block gets its CRC without hashing every byte.

const POLYNOMIAL = 0xedb88320;

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index += 1) {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? POLYNOMIAL ^ (value >>> 1) : value >>> 1;
    table[index] = value >>> 0;
  }
  return table;
})();

/** Continues `previous` (0 to start) over `bytes`. */
export const crc32 = (bytes: Uint8Array, previous = 0): number => {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const matrixTimes = (matrix: Uint32Array, vector: number): number => {
  let sum = 0;
  for (let row = 0, rest = vector >>> 0; rest !== 0; row += 1, rest >>>= 1) {
    if (rest & 1) sum ^= matrix[row] as number;
  }
  return sum >>> 0;
};

const matrixSquare = (into: Uint32Array, matrix: Uint32Array): void => {
  for (let row = 0; row < 32; row += 1) into[row] = matrixTimes(matrix, matrix[row] as number);
};

/** crc(A‖B) from `first` = crc(A), `second` = crc(B) and B's length (zlib `crc32_combine`). */
export const crc32Combine = (first: number, second: number, secondLength: number): number => {
  if (secondLength <= 0) return first >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = POLYNOMIAL; // the operator for one zero bit
  for (let row = 1; row < 32; row += 1) odd[row] = (1 << (row - 1)) >>> 0;
  matrixSquare(even, odd); // two zero bits
  matrixSquare(odd, even); // four zero bits
  let crc = first >>> 0;
  let length = secondLength;
  for (;;) {
    matrixSquare(even, odd); // first pass: one zero byte
    if (length % 2 === 1) crc = matrixTimes(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    matrixSquare(odd, even);
    if (length % 2 === 1) crc = matrixTimes(odd, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
  }
  return (crc ^ second) >>> 0;
};

/** The CRC of `block` repeated `count` times (by doubling, O(log count) combines). */
export const crc32Repeated = (block: Uint8Array, count: number): number => {
  let result = 0;
  let power = crc32(block);
  let powerLength = block.length;
  for (let rest = count; rest > 0; rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) result = crc32Combine(result, power, powerLength);
    power = crc32Combine(power, power, powerLength);
    powerLength *= 2;
  }
  return result;
};
