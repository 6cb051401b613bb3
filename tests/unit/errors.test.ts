import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { explainErrors } from '../../src/lib/readers/errors';

const ids = (text: string) => explainErrors(text).map((error) => error.id);

// Samples written for these tests in the shape of real engine output; ids and paths are made up.
const SAMPLES: { name: string; text: string; id: string }[] = [
  {
    name: 'CreateComputeSystem with the mismatch sentence, wrapped by the terminal',
    text:
      'docker: Error response from daemon: hcsshim::CreateComputeSystem 4f1c0de: The container operating system does not match the\n' +
      'host operating system.\n(extra info: {"SystemType":"Container","Name":"4f1c0de"}).',
    id: 'image-mismatch',
  },
  {
    name: 'the older wording with its NTSTATUS code',
    text: 'encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101)',
    id: 'image-mismatch',
  },
  {
    name: 'the HRESULT spelling in upper case',
    text: 'HcsCreateComputeSystem failed: HRESULT 0X80370101',
    id: 'image-mismatch',
  },
  {
    name: 'Hyper-V missing',
    text: 'hcs::CreateComputeSystem 9a9a: The virtual machine could not be started because a required feature is not installed.',
    id: 'hyperv-not-installed',
  },
  {
    name: 'Hyper-V missing, code only',
    text: 'container 77ab failed: (0xc0370102)',
    id: 'hyperv-not-installed',
  },
  {
    name: 'no hypervisor',
    text: 'failure in a Windows system call: No hypervisor is present on this system. (0xc0351000)',
    id: 'no-hypervisor',
  },
  {
    name: 'unexpected exit on start',
    text: 'Error response from daemon: container 12ab encountered an error during hcs::System::Start: failure in a Windows system call: The virtual machine or container exited unexpectedly. (0xc0370106)',
    id: 'unexpected-exit',
  },
  {
    name: 'unexpected exit as a signed number in a daemon log',
    text: 'level=error msg="start failed" "Error":-1070137082,"ErrorMessage":"The compute system exited unexpectedly."',
    id: 'unexpected-exit',
  },
  {
    name: 'terminated while starting',
    text: 'The virtual machine or container exited unexpectedly while starting.',
    id: 'terminated-during-start',
  },
  {
    name: 'already stopped, localised message',
    text: 'Error: la máquina virtual o el contenedor con el identificador especificado no se está ejecutando. (0xc0370110)',
    id: 'already-stopped',
  },
  {
    name: 'unrecognised layer format',
    text: 'hcsshim::PrepareLayer failed in Win32: The container image contains a layer with an unrecognized format. (0xc0370112)',
    id: 'invalid-layer',
  },
  {
    name: 'access denied',
    text: 'HcsOpenComputeSystem returned 0x8037011B',
    id: 'hcs-access-denied',
  },
  {
    name: 'connection timeout',
    text: 'hcs::System::CreateProcess: (0xc0370109)',
    id: 'hcs-connection-timeout',
  },
  {
    name: 'Linux engine pulling a Windows image',
    text: 'ltsc2022: Pulling from windows/servercore\nno matching manifest for linux/amd64 in the manifest list entries',
    id: 'linux-engine-windows-image',
  },
  {
    name: 'unknown platform',
    text: 'C:\\Tools\\docker.exe: no matching manifest for unknown in the manifest list entries.',
    id: 'no-manifest-unknown',
  },
  {
    name: 'Windows image on a Linux engine',
    text: 'docker: image operating system "windows" cannot be used on this platform.',
    id: 'windows-image-on-linux-engine',
  },
  {
    name: 'Linux image on a Windows engine',
    text: 'latest: Pulling from library/debian\nimage operating system "linux" cannot be used on this platform',
    id: 'linux-image-on-windows-engine',
  },
  {
    name: 'failed to register layer while processing the utility VM',
    text: 'failed to register layer: re-exec error: exit status 1: output: ProcessUtilityVMImage \\\\?\\D:\\docker\\windowsfilter\\0a1b\\UtilityVM: The system cannot find the path specified.',
    id: 'register-layer-failed',
  },
  {
    name: 'file not found from the host compute service',
    text: 'hcsshim::CreateComputeSystem 5e5e: The system cannot find the file specified.',
    id: 'file-not-found',
  },
];

describe('explainErrors: one realistic sample per error', () => {
  test.each(SAMPLES)('$name', ({ text, id }) => {
    const found = explainErrors(text);
    expect(found.map((error) => error.id)).toContain(id);
    const error = found.find((candidate) => candidate.id === id);
    expect(error?.whatToDo.length).toBeGreaterThan(0);
    expect(error?.sources.length).toBeGreaterThan(0);
    expect(error?.matched.length).toBeGreaterThan(0);
    expect(error?.matched).not.toContain('\n');
  });
});

describe('explainErrors: builds named by the message', () => {
  test('the moby "incompatible" message gives both builds, image first in the text', () => {
    const [error] = explainErrors(
      'ltsc2022: Pulling from dotnet/runtime\na Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host',
    );
    expect(error?.id).toBe('image-newer-than-host');
    expect(error?.imageBuild).toBe(20348);
    expect(error?.hostBuild).toBe(19045);
    expect(error?.meaning).toContain('image is build 20348 and the host is build 19045');
  });

  test('builds with revisions are read too', () => {
    const [error] = explainErrors(
      'a Windows version 10.0.26100.4061-based image is incompatible with a 10.0.20348.2340 host',
    );
    expect([error?.imageBuild, error?.hostBuild]).toEqual([26100, 20348]);
  });

  test('"no matching manifest for windows/amd64 10.0.19045" names the host build, not the image build', () => {
    const [error] = explainErrors(
      'no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
    );
    expect(error?.id).toBe('no-windows-manifest');
    expect(error?.hostBuild).toBe(19045);
    expect(error?.imageBuild).toBeUndefined();
  });

  test('the same message without a build still explains, without a host build', () => {
    const [error] = explainErrors('no matching manifest for windows/amd64 in the manifest list entries');
    expect(error?.id).toBe('no-windows-manifest');
    expect(error?.hostBuild).toBeUndefined();
  });
});

describe('explainErrors: tags, architectures and Docker Desktop', () => {
  test('the removed latest tag of a Windows base image is named as such', () => {
    const [error] = explainErrors(
      'Error response from daemon: manifest for mcr.microsoft.com/windows/servercore:latest not found: manifest unknown: manifest tagged by "latest" is not found',
    );
    expect(error?.id).toBe('manifest-not-found');
    expect(error?.meaning).toContain('removed the latest tag');
    expect(error?.sources).toContain('TC-LATEST');
  });

  test('another missing tag gets the general explanation with its reference', () => {
    const [error] = explainErrors(
      'manifest for contoso.azurecr.io/app:2.4-ltsc2022 not found: manifest unknown',
    );
    expect(error?.meaning).toContain('contoso.azurecr.io/app:2.4-ltsc2022');
    expect(error?.sources).not.toContain('TC-LATEST');
  });

  test('an arm64 Windows host is told which base images have arm64 entries', () => {
    const [error] = explainErrors(
      'no matching manifest for windows/arm64 10.0.26100 in the manifest list entries',
    );
    expect(error?.whatToDo.join(' ')).toContain('arm64');
    expect(error?.sources).toContain('WC-586');
    const [amd64] = explainErrors(
      'no matching manifest for windows/amd64 10.0.26100 in the manifest list entries',
    );
    expect(amd64?.sources).not.toContain('WC-586');
  });

  test('Docker Desktop missing Windows features names them', () => {
    const [error] = explainErrors('Required Windows feature(s) not enabled : Hyper-V, Containers.');
    expect(error?.id).toBe('docker-desktop-features');
    expect(error?.meaning).toContain('Hyper-V, Containers');
  });
});

describe('explainErrors: order, duplicates and overlaps', () => {
  test('several errors come back in the order they appear, each once', () => {
    const text = [
      'first try: (0xc0370106)',
      'no matching manifest for linux/amd64 in the manifest list entries',
      'second try: The virtual machine or container exited unexpectedly. (0xc0370106)',
      'then: The container operating system does not match the host operating system.',
    ].join('\n');
    expect(ids(text)).toEqual(['unexpected-exit', 'linux-engine-windows-image', 'image-mismatch']);
  });

  test('a code and its sentence in one message give one explanation', () => {
    expect(ids('The container image contains a layer with an unrecognized format. (0xc0370112)')).toEqual([
      'invalid-layer',
    ]);
  });

  test('"exited unexpectedly while starting" is not also read as a plain unexpected exit', () => {
    expect(ids('The virtual machine or container exited unexpectedly while starting.')).toEqual([
      'terminated-during-start',
    ]);
  });

  test('the path-not-found tail of a register-layer failure is not explained twice', () => {
    expect(
      ids(
        'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer C:\\x: The system cannot find the path specified.',
      ),
    ).toEqual(['register-layer-failed']);
  });

  test('a process that does not exist in the image is explained as file not found', () => {
    expect(
      ids(
        'container 8c8c encountered an error during hcs::System::CreateProcess: failure in a Windows system call: The system cannot find the file specified. (0x2)',
      ),
    ).toEqual(['file-not-found']);
  });

  test('an HCS code outside our table still gets a generic explanation with its code', () => {
    const [error] = explainErrors('failed: (0xc037011d)');
    expect(error?.id).toBe('hcs-0xc037011d');
    expect(error?.sources).toEqual(['HCS-ERR']);
  });
});

describe('explainErrors: negatives and hostile input', () => {
  test.each([
    ['empty text', ''],
    ['a build number alone', '10.0.17763.5576'],
    [
      'docker info output',
      'Kernel Version: 10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)\nOSType: windows',
    ],
    ['an unrelated hex code', 'exit code 0xc0000005 access violation'],
    [
      'a file-not-found outside any container runtime',
      'Get-Content : The system cannot find the file specified.',
    ],
    ['a signed number outside the HCS range', '"Error":-1070137500'],
    ['a Dockerfile', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hello'],
    [
      'a manifest line for another purpose',
      'docker manifest inspect mcr.microsoft.com/windows/nanoserver:ltsc2022',
    ],
  ])('%s explains nothing', (_name, text) => {
    expect(explainErrors(text)).toEqual([]);
  });

  test('non-string input does not throw', () => {
    expect(explainErrors(undefined as unknown as string)).toEqual([]);
    expect(explainErrors(42 as unknown as string)).toEqual([]);
  });

  test('a huge paste is capped and still answers', () => {
    const noise = 'x'.repeat(90_000);
    const text = `(0xc0370101) ${noise} ${'no matching manifest for '.repeat(20_000)}`;
    const started = performance.now();
    const found = explainErrors(text);
    const elapsed = performance.now() - started;
    console.info(`explainErrors on ${String(text.length)} chars: ${elapsed.toFixed(1)} ms`);
    expect(found.map((error) => error.id)).toEqual(['image-mismatch']);
  });
});

describe('explainErrors: every source key exists', () => {
  test('all cited keys are in content/sources.yaml', () => {
    const known = new Set(
      (
        parse(readFileSync(join(import.meta.dirname, '../../content/sources.yaml'), 'utf8')) as {
          id: string;
        }[]
      ).map((source) => source.id),
    );
    const texts = [
      ...SAMPLES.map((sample) => sample.text),
      'a Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host',
      'no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
      ...[
        '0100',
        '0105',
        '0107',
        '0108',
        '010a',
        '010d',
        '010e',
        '010f',
        '0111',
        '0113',
        '0114',
        '0118',
        '011c',
        '011e',
        '011f',
        '0199',
      ].map((suffix) => `(0xc037${suffix})`),
    ];
    const cited = new Set(texts.flatMap((text) => explainErrors(text).flatMap((error) => error.sources)));
    expect([...cited].filter((key) => !known.has(key))).toEqual([]);
    expect(cited.size).toBeGreaterThan(20);
  });
});

describe('explainErrors: messages without their code, and symbolic names', () => {
  test('containerd prints the HCS message without the code: still recognised', () => {
    expect(
      ids(
        'failed to create shim task: hcs::System::Start 3f2a: The operation did not complete in time.: unknown',
      ),
    ).toEqual(['hcs-operation-timeout']);
  });

  test('a short, common sentence alone is not taken for an HCS error', () => {
    expect(ids('Job 4 finished. The process has already exited.')).toEqual([]);
  });

  test('the symbolic name, as WSL prints it, is read', () => {
    expect(ids('Error code: Wsl/Service/CreateInstance/HCS_E_CONNECTION_TIMEOUT')).toEqual([
      'hcs-connection-timeout',
    ]);
    expect(ids('HCS_E_NOT_A_REAL_NAME')).toEqual([]);
  });

  test('Linux engines with an architecture variant (linux/arm64/v8) are read', () => {
    expect(ids('no matching manifest for linux/arm64/v8 in the manifest list entries')).toEqual([
      'linux-engine-windows-image',
    ]);
  });

  test('every explanation names the page that explains it', () => {
    expect(explainErrors('(0xc0370101)')[0]?.page).toBe('image-mismatch');
    expect(explainErrors('(0xc03701fe)')[0]?.page).toBe('hcs-unlisted-code');
  });
});
