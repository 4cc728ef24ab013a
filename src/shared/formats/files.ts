/** The files and options every format reads and writes (apart from the registry, which imports the formats). */

/** A file to write: a name relative to the export's folder (brat writes several) and its text. */
export interface OutputFile {
  name: string;
  content: string;
}

/** A file to read: its name (for error messages, and to pair brat's .txt/.ann) and its text. */
export interface InputFile {
  name: string;
  content: string;
}

export interface ExportOptions {
  /** Include suggestions nobody accepted yet. */
  includePending?: boolean;
}

export interface ExportResult {
  files: OutputFile[];
  /** What the format could not carry (events in spaCy, nested mentions in CoNLL…). */
  warnings: string[];
}
