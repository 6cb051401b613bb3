/**
 * Copy-ready snippets in a platform's own syntax for one image on one variant: a workflow job for CI
 * runners, a pod's node selector and the pool command for managed Kubernetes, a task definition for ECS,
 * the service's configuration for App Service and Container Instances, and `docker run` everywhere.
 * The variant-specific words (label, OS SKU, AMI family, node label, OS family) come from the variant's
 * own `writtenAs` examples, so a new variant needs no code. Pure text.
 */
import type { Isolation } from '../knowledge/engine';
import type { Platform, PlatformVariant, WrittenForm } from './platform-schema';
import type { Host } from '../knowledge/schema';

/** One snippet with its language and a label naming what it is. */
export interface PlatformSnippet {
  id: string;
  label: string;
  language: string;
  code: string;
}

/** The first example of a form, as written. */
function example(variant: PlatformVariant, form: WrittenForm): string | undefined {
  return variant.writtenAs.find((written) => written.form === form)?.text;
}

/** A workflow job that runs the image, in the syntax the variant's `workflow` example uses. */
function workflowSnippet(variant: PlatformVariant, run: string): PlatformSnippet | null {
  const line = example(variant, 'workflow') ?? example(variant, 'label');
  if (line === undefined) return null;
  const runsOn = /^\s*runs-on:\s*(\S+)/i.exec(line)?.[1];
  if (runsOn !== undefined || !line.includes(':'))
    return {
      id: 'workflow',
      label: 'GitHub Actions workflow',
      language: 'yaml',
      code: [
        'jobs:',
        '  windows-container:',
        `    runs-on: ${runsOn ?? line.trim()}`,
        '    steps:',
        `      - run: ${run}`,
      ].join('\n'),
    };
  const vmImage = /vmImage:\s*['"]?([\w.-]+)/i.exec(line)?.[1];
  if (vmImage !== undefined)
    return {
      id: 'pipeline',
      label: 'Azure Pipelines job',
      language: 'yaml',
      code: ['pool:', `  vmImage: ${vmImage}`, 'steps:', `  - script: ${run}`].join('\n'),
    };
  return { id: 'workflow', label: 'How the job names it', language: 'yaml', code: line };
}

/** A node label example (`key=value` or `key: value`) as a nodeSelector entry. */
function nodeSelectorEntry(variant: PlatformVariant, host: Host): string {
  const label = example(variant, 'node-label');
  const pair = label === undefined ? null : /^\s*([\w./-]+)\s*[=:]\s*['"]?([\w.-]+)['"]?\s*$/.exec(label);
  if (pair?.[1] !== undefined && pair[2] !== undefined) return `    ${pair[1]}: ${pair[2]}`;
  return `    node.kubernetes.io/windows-build: '10.0.${host.build}'`;
}

/** A pod spec pinned to the variant's nodes. */
function podSnippet(variant: PlatformVariant, host: Host, reference: string): PlatformSnippet {
  return {
    id: 'pod',
    label: 'Pod spec (node selector)',
    language: 'yaml',
    code: [
      'spec:',
      '  nodeSelector:',
      '    kubernetes.io/os: windows',
      nodeSelectorEntry(variant, host),
      '  containers:',
      '    - name: app',
      `      image: ${reference}`,
    ].join('\n'),
  };
}

/** An ECS task definition for the variant's OS family (from its `task-definition` example). */
function taskDefinitionSnippet(variant: PlatformVariant, reference: string): PlatformSnippet | null {
  const field = example(variant, 'task-definition');
  const family = field === undefined ? undefined : /WINDOWS_SERVER_\w+/.exec(field)?.[0];
  if (family === undefined) return null;
  const definition = {
    family: 'windows-app',
    requiresCompatibilities: ['EC2'],
    runtimePlatform: { operatingSystemFamily: family, cpuArchitecture: 'X86_64' },
    cpu: '1024',
    memory: '2048',
    containerDefinitions: [{ name: 'app', image: reference, essential: true }],
  };
  return {
    id: 'task-definition',
    label: 'ECS task definition',
    language: 'json',
    code: JSON.stringify(definition, null, 2),
  };
}

/** An example with whatever image it names replaced by ours, so a copied snippet runs the answer's tag. */
function withReference(text: string, reference: string): string {
  return text
    .replace(/DOCKER\|[^\s"']+/g, `DOCKER|${reference}`)
    .replace(/(--image[= ])\S+/g, `$1${reference}`)
    .replace(/(?<![|\w])mcr\.microsoft\.com\/[^\s"'|]+/g, reference);
}

/** The variant's own example of a form, as the platform writes it, naming the answer's image. */
function asWritten(
  variant: PlatformVariant,
  form: WrittenForm,
  label: string,
  language: string,
  reference: string,
): PlatformSnippet | null {
  const text = example(variant, form);
  return text === undefined ? null : { id: form, label, language, code: withReference(text, reference) };
}

/** Every snippet for `reference` on `variant`'s `host`, with the isolation mode the answer uses. */
export function platformSnippets(
  platform: Platform,
  variant: PlatformVariant,
  host: Host,
  reference: string,
  isolation: Isolation,
): PlatformSnippet[] {
  const run = `docker run --rm --isolation=${isolation} ${reference} cmd /c ver`;
  const dockerRun: PlatformSnippet = { id: 'docker-run', label: 'docker run', language: 'shell', code: run };
  const pool = asWritten(variant, 'cli', `${platform.shortName} command`, 'shell', reference);
  const candidates: (PlatformSnippet | null)[] =
    platform.kind === 'ci'
      ? [workflowSnippet(variant, run), dockerRun]
      : platform.kind === 'kubernetes'
        ? [
            podSnippet(variant, host, reference),
            pool,
            asWritten(variant, 'terraform', 'Terraform', 'hcl', reference),
          ]
        : platform.kind === 'container-service'
          ? [
              taskDefinitionSnippet(variant, reference),
              pool,
              asWritten(variant, 'config', `${platform.shortName} configuration`, 'text', reference),
              asWritten(variant, 'arm', 'ARM template', 'json', reference),
              asWritten(variant, 'bicep', 'Bicep', 'bicep', reference),
            ]
          : [dockerRun, pool];
  const snippets = candidates.filter((snippet): snippet is PlatformSnippet => snippet !== null);
  return snippets.some((snippet) => snippet.id === 'docker-run') || platform.kind === 'kubernetes'
    ? snippets
    : [...snippets, dockerRun];
}
