import { DEPLOYMENT_LABEL, WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

export const files: AreaDef = {
  id: 'files',
  title: { en: 'File delivery and blob storage', pl: 'Serwowanie plików i magazyn blob' },
  description: {
    en: 'Product photos and documents, served from cloud blob storage behind the gateway’s cache.',
    pl: 'Zdjęcia produktów i dokumenty, serwowane z magazynu blob w chmurze za cache bramki.',
  },
  metrics: [
    {
      name: METRIC.shopFilesServedTotal,
      type: 'counter',
      unit: 'reqps',
      labels: [...WHERE, 'outcome'],
      labelValues: { outcome: ['ok', 'not_found', 'error'] },
      service: 'files',
      help: {
        en: 'How many files the file service handed out, and how many it could not.',
        pl: 'Ile plików wydała usługa plików, a ilu nie mogła.',
      },
      convention: `Own metric (the file service is ours); its HTTP timings are in ${METRIC.httpServerRequestDurationSeconds}{service="files"}`,
    },
    {
      name: METRIC.shopBlobStorageUsedBytes,
      type: 'gauge',
      unit: 'bytes',
      labels: [DEPLOYMENT_LABEL],
      service: 'files',
      help: {
        en: 'How much space the shop’s files take in blob storage.',
        pl: 'Ile miejsca zajmują pliki sklepu w magazynie blob.',
      },
      convention: 'Own metric, read from the storage account’s inventory',
    },
  ],
};
