import type { Series } from './model/registry';

/** Minimal protobuf writer for Prometheus' remote-write WriteRequest (prometheus/prompb/types.proto). */
class ProtoWriter {
  private readonly bytes: number[] = [];

  /** Non-negative integers up to 2^53, enough for millisecond timestamps. */
  varint(value: number): this {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }

  tag(field: number, wireType: number): this {
    return this.varint((field << 3) | wireType);
  }

  bytesField(field: number, data: Uint8Array): this {
    this.tag(field, 2).varint(data.length);
    data.forEach((b) => this.bytes.push(b));
    return this;
  }

  doubleField(field: number, value: number): this {
    const buffer = Buffer.alloc(8);
    buffer.writeDoubleLE(value);
    this.tag(field, 1);
    buffer.forEach((b) => this.bytes.push(b));
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export interface SeriesSamples {
  series: Series;
  samples: Array<[timestampMs: number, value: number]>;
}

export function encodeWriteRequest(batch: SeriesSamples[]): Uint8Array {
  const request = new ProtoWriter();
  const text = new TextEncoder();
  for (const { series, samples } of batch) {
    const timeseries = new ProtoWriter();
    for (const [name, value] of series.labels) {
      timeseries.bytesField(
        1,
        new ProtoWriter().bytesField(1, text.encode(name)).bytesField(2, text.encode(value)).finish()
      );
    }
    for (const [timestamp, value] of samples) {
      timeseries.bytesField(2, new ProtoWriter().doubleField(1, value).tag(2, 0).varint(timestamp).finish());
    }
    request.bytesField(1, timeseries.finish());
  }
  return request.finish();
}

/** Snappy block format with literals only: valid for any decoder, no compression needed on loopback. */
export function snappyLiteral(data: Uint8Array): Uint8Array {
  const header = new ProtoWriter().varint(data.length).finish();
  const chunks: Uint8Array[] = [header];
  for (let offset = 0; offset < data.length; offset += 65536) {
    const chunk = data.subarray(offset, offset + 65536);
    // Tag 61 << 2: a literal whose length - 1 follows in two little-endian bytes.
    chunks.push(Uint8Array.from([61 << 2, (chunk.length - 1) & 0xff, (chunk.length - 1) >> 8]), chunk);
  }
  return Buffer.concat(chunks);
}

/** Sends samples to a Prometheus remote-write endpoint; throws with its answer when it refuses. */
export async function remoteWrite(url: string, batch: SeriesSamples[]): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'snappy',
      'X-Prometheus-Remote-Write-Version': '0.1.0',
    },
    body: new Blob([snappyLiteral(encodeWriteRequest(batch)) as Uint8Array<ArrayBuffer>]),
  });
  if (!response.ok) {
    throw new Error(`remote write to ${url} refused (${response.status}): ${(await response.text()).slice(0, 300)}`);
  }
}
