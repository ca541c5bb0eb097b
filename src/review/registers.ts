/**
 * Enterprise registers uploaded to measure a draft's impact (docs/staff.md, "Impact on the
 * register"): a CSV or JSONL file (docs/screening.md "Register files") of at most 16 MiB, checked
 * when it arrives (a CSV's header must name profile fields; its rows are counted), kept in D1
 * gzip-compressed in chunks of at most 1 MiB (a D1 row holds at most 2 MB), read back whole.
 * Any officer uploads one; the uploader or an admin deletes it.
 */
import { csvRows, RegisterHeaderError } from "../engine/register-csv.js";
import { jsonlRows } from "../engine/register-jsonl.js";
import type { RegisterRow } from "../engine/register-row.js";
import type { Officer } from "./roles.js";
import { ReviewError } from "./service.js";

/** 16 MiB: the largest register uploaded (the zone's 24,800 firms are 8.5 MB as CSV, 23 MB as JSONL). */
export const MAX_REGISTER_BYTES = 16 * 1024 * 1024;
/** Compressed bytes per stored chunk. */
const CHUNK = 1024 * 1024;

/** A register's format: `csv` or `jsonl`. */
export type RegisterFormat = "csv" | "jsonl";

/** An uploaded register, without its content. */
export interface Register {
  id: string;
  name: string;
  format: RegisterFormat;
  bytes: number;
  rows: number;
  /** hex SHA-256 of the file as uploaded */
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** The rows of a register's text. @throws RegisterHeaderError for a CSV whose header names no profile field */
export const registerRows = (text: string, format: RegisterFormat): Generator<RegisterRow> => (format === "csv" ? csvRows(text) : jsonlRows(text));

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Response(bytes).body!.pipeThrough(stream)).arrayBuffer());
}
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");

/** The registers kept in D1. Every method may reject with D1's errors. */
export class RegisterStore {
  constructor(private readonly db: D1Database) {}

  /**
   * Keeps a register.
   * @param name the file's name; @param text its content (UTF-8 checked by the body gate)
   * @throws ReviewError 413 past MAX_REGISTER_BYTES, 422 a CSV without a header naming profile fields, or no row at all
   */
  async upload(name: string, format: RegisterFormat, text: string, officer: Officer, now: string): Promise<Register> {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > MAX_REGISTER_BYTES) throw new ReviewError(413, "body-too-large", "Register too large", `a register is at most ${MAX_REGISTER_BYTES / 1024 / 1024} MiB: upload it as CSV, or measure it with npm run rules:impact`);
    let rows = 0;
    try {
      for (const _ of registerRows(text, format)) rows++;
    } catch (e) {
      if (!(e instanceof RegisterHeaderError)) throw e;
      throw new ReviewError(422, "register-invalid", "Register not readable", `${name}: ${e.message}`, e.problems.map((p) => ({ pointer: "", message: p })));
    }
    if (rows === 0) throw new ReviewError(422, "register-invalid", "Register not readable", `${name} holds no enterprise: one profile a line (JSONL), or a header and one row an enterprise (CSV)`);
    const r: Register = {
      id: `r-${crypto.randomUUID().slice(0, 8)}`, name: name.slice(0, 200), format, bytes: bytes.length, rows,
      sha256: hex(await crypto.subtle.digest("SHA-256", bytes)), uploadedBy: officer.label, uploadedAt: now,
    };
    const packed = await pipe(bytes, new CompressionStream("gzip"));
    const chunks = Array.from({ length: Math.ceil(packed.length / CHUNK) }, (_, i) => packed.subarray(i * CHUNK, (i + 1) * CHUNK));
    await this.db.batch([
      this.db.prepare("INSERT INTO registers (id, name, format, bytes, rows, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(r.id, r.name, r.format, r.bytes, r.rows, r.sha256, r.uploadedBy, r.uploadedAt),
      ...chunks.map((c, seq) => this.db.prepare("INSERT INTO register_chunks (register_id, seq, data) VALUES (?, ?, ?)").bind(r.id, seq, c)),
    ]);
    return r;
  }

  /** Every register, newest first. */
  async list(): Promise<Register[]> {
    const { results } = await this.db.prepare("SELECT id, name, format, bytes, rows, sha256, uploaded_by AS uploadedBy, uploaded_at AS uploadedAt FROM registers ORDER BY uploaded_at DESC").all<Register>();
    return results;
  }

  /** A register, or undefined. */
  async get(id: string): Promise<Register | undefined> {
    return (await this.db.prepare("SELECT id, name, format, bytes, rows, sha256, uploaded_by AS uploadedBy, uploaded_at AS uploadedAt FROM registers WHERE id = ?").bind(id).first<Register>()) ?? undefined;
  }

  /** A register's text, as uploaded. */
  async text(id: string): Promise<string> {
    const { results } = await this.db.prepare("SELECT data FROM register_chunks WHERE register_id = ? ORDER BY seq").bind(id).all<{ data: ArrayBuffer | number[] }>();
    const parts = results.map((r) => new Uint8Array(r.data as ArrayBuffer));
    const packed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { packed.set(p, at); at += p.length; }
    return new TextDecoder().decode(await pipe(packed, new DecompressionStream("gzip")));
  }

  /**
   * Deletes a register (its uploader or an admin).
   * @throws ReviewError 404 no such register, 403 another officer's (not an admin)
   */
  async delete(id: string, officer: Officer): Promise<void> {
    const r = await this.get(id);
    if (!r) throw new ReviewError(404, "register-not-found", "Register not found", `there is no register ${id}`);
    if (r.uploadedBy !== officer.label && officer.role !== "admin") throw new ReviewError(403, "role-forbidden", "Not allowed for this role", `${r.uploadedBy} uploaded ${r.name}: they or an admin delete it`);
    await this.db.batch([this.db.prepare("DELETE FROM register_chunks WHERE register_id = ?").bind(id), this.db.prepare("DELETE FROM registers WHERE id = ?").bind(id)]);
  }
}
