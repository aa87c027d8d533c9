// Advisory locks shared by more than one capability.

/**
 * Serialises imports across processes sharing one PostgreSQL database: an import holds it
 * exclusively; whatever needs the cases to stand still while it reads them (drawing a round,
 * storing a round's frame) holds it shared.
 */
export const IMPORT_LOCK = 7_303_001;
