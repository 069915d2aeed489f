export const DEPENDENCIES = Symbol('DEPENDENCIES');
