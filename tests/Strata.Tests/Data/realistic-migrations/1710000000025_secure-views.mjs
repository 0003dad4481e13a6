// Rows written through the view must stay visible in it; its filter runs before users' functions.
export async function up(pgm) {
  pgm.alterView({ schema: 'reporting', name: 'open_tasks' }, { checkOption: 'LOCAL', options: { security_barrier: true } });
}

export async function down(pgm) {
  pgm.alterView({ schema: 'reporting', name: 'open_tasks' }, { checkOption: null, options: { security_barrier: null } });
}
