import protobuf from 'protobufjs';
import { compress } from 'snappyjs';
import type { Series } from './model/registry';

// The part of prometheus/prompb/types.proto and remote.proto that a remote-write request carries.
const { root } = protobuf.parse(`
  syntax = "proto3";
  package prometheus;
  message WriteRequest { repeated TimeSeries timeseries = 1; }
  message TimeSeries { repeated Label labels = 1; repeated Sample samples = 2; }
  message Label { string name = 1; string value = 2; }
  message Sample { double value = 1; int64 timestamp = 2; }
`);
const WriteRequest = root.lookupType('prometheus.WriteRequest');

export interface SeriesSamples {
  series: Series;
  samples: Array<[timestampMs: number, value: number]>;
}

function encodeWriteRequest(batch: SeriesSamples[]): Uint8Array {
  const timeseries = batch.map(({ series, samples }) => ({
    labels: Array.from(series.labels, ([name, value]) => ({ name, value })),
    samples: samples.map(([timestamp, value]) => ({ value, timestamp })),
  }));
  return WriteRequest.encode(WriteRequest.fromObject({ timeseries })).finish();
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
    body: new Blob([compress(encodeWriteRequest(batch)) as Uint8Array<ArrayBuffer>]),
  });
  if (!response.ok) {
    throw new Error(`remote write to ${url} refused (${response.status}): ${(await response.text()).slice(0, 300)}`);
  }
}
