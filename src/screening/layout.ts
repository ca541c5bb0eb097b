/**
 * Where an asynchronous screening keeps its files in R2 (binding SCREENINGS), under
 * `screenings/<id>/`: the register's chunks (`in/<n>.json`, chunks.ts), each chunk's records
 * (`out/<n>.jsonl`, `out/<n>.csv`: rows only), and once done the files `npm run screen` writes —
 * `records.jsonl` (run, rows, summary), `records.csv` and `summary.csv`.
 */

/** The files of a screening done, by name: what `GET /v1/screenings/{id}/files/{name}` serves. */
export const SCREENING_FILES = {
  "records.jsonl": "application/x-ndjson; charset=utf-8",
  "records.csv": "text/csv; charset=utf-8",
  "summary.csv": "text/csv; charset=utf-8",
} as const;

export type ScreeningFile = keyof typeof SCREENING_FILES;

export const chunkInKey = (id: string, chunk: number) => `screenings/${id}/in/${chunk}.json`;
export const chunkOutKey = (id: string, chunk: number, ext: "jsonl" | "csv") => `screenings/${id}/out/${chunk}.${ext}`;
export const fileKey = (id: string, name: ScreeningFile) => `screenings/${id}/${name}`;
