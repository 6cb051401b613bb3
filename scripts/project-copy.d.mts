/** The project's root folder. */
export const PROJECT_ROOT: string;
/** Copies the project into `dir` with its dependencies linked and its own build caches. */
export function copyProject(dir: string): void;
