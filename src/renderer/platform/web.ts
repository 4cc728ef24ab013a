import type { PickedFile, PlatformApi } from '../../shared/platform';

/**
 * The platform in a plain browser (tests, `npm run web`): hidden file inputs to read files, a Blob and
 * an `<a download>` to save them. There is no application menu on the web.
 */

function pick(options: { accept?: string; folder?: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.style.display = 'none';
    if (options.accept) input.accept = options.accept;
    if (options.folder) input.webkitdirectory = true;
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

async function read(files: File[]): Promise<PickedFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

const hasExtension = (name: string, extensions: string[]) => extensions.some((ext) => name.toLowerCase().endsWith(ext.toLowerCase()));

export function createWebPlatform(): PlatformApi {
  return {
    kind: 'web',
    async openTextFiles() {
      return read((await pick({ accept: '.txt,text/plain' })).filter((f) => hasExtension(f.name, ['.txt'])));
    },
    async openFolder() {
      return read((await pick({ folder: true })).filter((f) => hasExtension(f.name, ['.txt'])));
    },
    async openFiles(extensions) {
      return read((await pick({ accept: extensions.join(',') })).filter((f) => hasExtension(f.name, extensions)));
    },
    async saveFile(suggestedName, content) {
      const blob = new Blob([content as BlobPart], { type: typeof content === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.style.display = 'none';
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: the download starts asynchronously.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return true;
    },
    // No application menu on the web: the shortcut sheet and the palette show the keys.
    async setMenuKeys() {},
    onMenuCommand() {
      return () => undefined;
    },
  };
}
