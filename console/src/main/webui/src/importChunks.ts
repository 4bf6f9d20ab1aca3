// The teacher import's check, line by line as it goes: a CSV file is checked in parts (the header
// and some lines each, as dry runs that write nothing), so the report's lines appear as they are
// checked. The import itself always sends the whole file: it is all or nothing on the server.

export interface CsvRecord {
  /** the record as written (its quoted line breaks included, its terminator not) */
  text: string;
  /** the line of the file it starts on, 1-based, as the service numbers lines */
  line: number;
}

export interface RejectedLine { row: number; field?: string; rule: string; reason?: { zh?: string; en?: string } }
export interface ImportReport { rows: number; imported: number; dryRun: boolean; rejected: RejectedLine[] }

/** The header and the records of a CSV text (RFC 4180, CRLF/LF/CR, BOM), blank records left out as the service does. */
export function csvRecords(text: string): { header: string | null; records: CsvRecord[] } {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const all: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  const end = (i: number) => {
    const t = s.slice(start, i);
    if (t.replace(/[",\s]/g, "") !== "") all.push({ text: t, line: recordLine });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === "\n") {
        line++;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === "\r" || c === "\n") {
      end(i);
      if (c === "\r" && s[i + 1] === "\n") i++;
      line++;
      recordLine = line;
      start = i + 1;
    }
  }
  if (start < s.length) end(s.length);
  const [header, ...records] = all;
  return { header: header ? header.text : null, records };
}

export interface CsvPart {
  text: string;
  records: number;
  /** a line of this part's text → the line of the whole file */
  lineOf: Map<number, number>;
}

const newlines = (t: string) => (t.match(/\n/g) ?? []).length;

/** Parts of at most {@code size} records, each with the header first, and where each record's line was in the file. */
export function csvParts(header: string, records: CsvRecord[], size: number): CsvPart[] {
  const parts: CsvPart[] = [];
  for (let from = 0; from < records.length; from += size) {
    const chunk = records.slice(from, from + size);
    const lineOf = new Map<number, number>();
    let at = 1 + newlines(header) + 1;
    for (const r of chunk) {
      lineOf.set(at, r.line);
      at += newlines(r.text) + 1;
    }
    parts.push({ text: [header, ...chunk.map((r) => r.text)].join("\n") + "\n", records: chunk.length, lineOf });
  }
  return parts;
}

/** A part's report with the lines of the whole file. */
export function inFileLines(rejected: RejectedLine[], part: CsvPart): RejectedLine[] {
  return rejected.map((r) => ({ ...r, row: part.lineOf.get(r.row) ?? r.row }));
}
