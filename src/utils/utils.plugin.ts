import React from 'react';
import type { AppRootProps } from '@grafana/data';

// Lets any component inside the app read the root plugin props (meta, jsonData).
export const PluginPropsContext = React.createContext<AppRootProps | null>(null);
