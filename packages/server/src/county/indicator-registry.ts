import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { definePlugin, type AnyIndicator, type FanbenPlugin } from '@fanben/plugin-sdk';
import { ConfigError } from '../config.js';
import type { CountyConfig } from './county-config.js';

export interface RegisteredIndicator {
  indicator: AnyIndicator;
  pluginName: string;
  pluginVersion: string;
}

/**
 * The indicators of the plugins a county's configuration names. Which plugins run is configuration,
 * not code: the server knows indicators only through this registry and the SDK's types.
 */
export class IndicatorRegistry {
  private readonly byKey = new Map<string, RegisteredIndicator>();

  constructor(readonly plugins: FanbenPlugin[]) {
    for (const plugin of plugins) {
      for (const indicator of plugin.indicators) {
        const clash = this.byKey.get(indicator.key);
        if (clash) {
          throw new ConfigError(
            `Indicator ${indicator.key} is defined by both ${clash.pluginName} and ${plugin.name}; load only one of them.`,
          );
        }
        this.byKey.set(indicator.key, { indicator, pluginName: plugin.name, pluginVersion: plugin.version });
      }
    }
  }

  static async load(config: Pick<CountyConfig, 'plugins' | 'file' | 'dir'>): Promise<IndicatorRegistry> {
    const plugins: FanbenPlugin[] = [];
    for (const specifier of config.plugins) plugins.push(await importPlugin(specifier, config));
    return new IndicatorRegistry(plugins);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The indicator behind a key; undefined when no loaded plugin defines it (callers must fail loudly). */
  find(key: string): RegisteredIndicator | undefined {
    return this.byKey.get(key);
  }

  all(): RegisteredIndicator[] {
    return [...this.byKey.values()];
  }
}

/** Resolves a plugin from the configuration file's folder first, then from the server's own dependencies. */
async function importPlugin(
  specifier: string,
  config: Pick<CountyConfig, 'file' | 'dir'>,
): Promise<FanbenPlugin> {
  let resolved: string | undefined;
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    resolved = path.resolve(config.dir, specifier);
  } else {
    for (const from of [config.file, import.meta.url]) {
      try {
        resolved = createRequire(from).resolve(specifier);
        break;
      } catch {
        // try the next place
      }
    }
  }
  if (!resolved) {
    throw new ConfigError(`Plugin ${specifier} named in ${config.file} is not installed.`);
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  } catch (err) {
    throw new ConfigError(
      `Plugin ${specifier} named in ${config.file} cannot be loaded: ${(err as Error).message}`,
    );
  }
  try {
    return definePlugin(module.default as FanbenPlugin);
  } catch (err) {
    throw new ConfigError(
      `Plugin ${specifier} is not a valid Fanben plugin: ${(err as Error).message.split('\n').join(' ')}`,
    );
  }
}
