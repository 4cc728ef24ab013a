/**
 * Code points ↔ UTF-16 code units. The contract counts code points (Python's str indices);
 * JavaScript strings count UTF-16 units, which differ after every character beyond U+FFFF.
 * An OffsetMap is built once per text: O(n) memory only when the text has astral characters,
 * identity (free) otherwise.
 */
export class OffsetMap {
  readonly text: string;
  /** UTF-16 index of every code point, plus the text length at the end; null when identical. */
  private readonly utf16OfCp: Uint32Array | null;
  private readonly cpOfUtf16: Uint32Array | null;
  readonly codePointLength: number;

  constructor(text: string) {
    this.text = text;
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.utf16OfCp = null;
      this.cpOfUtf16 = null;
      this.codePointLength = text.length;
      return;
    }
    const utf16OfCp: number[] = [];
    const cpOfUtf16 = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; cp++) {
      utf16OfCp.push(i);
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) cpOfUtf16[i + k] = cp;
      i += width;
    }
    utf16OfCp.push(text.length);
    cpOfUtf16[text.length] = cp;
    this.utf16OfCp = Uint32Array.from(utf16OfCp);
    this.cpOfUtf16 = cpOfUtf16;
    this.codePointLength = cp;
  }

  /** UTF-16 index of a code-point offset (0..codePointLength). */
  toUtf16(cp: number): number {
    return this.utf16OfCp ? this.utf16OfCp[cp] : cp;
  }

  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair maps to its character. */
  toCodePoint(utf16: number): number {
    return this.cpOfUtf16 ? this.cpOfUtf16[utf16] : utf16;
  }

  /** `text[start:end]` in code points, as Python would slice it. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** True when start..end are integers with 0 <= start < end <= length. */
  isValidSpan(start: number, end: number): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.codePointLength;
  }
}

/** Number of code points of a string. */
export function codePointLength(text: string): number {
  return new OffsetMap(text).codePointLength;
}
