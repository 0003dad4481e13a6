exports.up = async (pgm) => {
  pgm.renameColumn('projects', 'title', 'name');
  pgm.alterColumn('projects', 'name', { type: 'varchar(300)' });
  pgm.renameConstraint('projects', 'projects_title_not_blank', 'projects_name_not_blank');
};

exports.down = async (pgm) => {
  pgm.renameConstraint('projects', 'projects_name_not_blank', 'projects_title_not_blank');
  pgm.alterColumn('projects', 'name', { type: 'varchar(200)' });
  pgm.renameColumn('projects', 'name', 'title');
};
