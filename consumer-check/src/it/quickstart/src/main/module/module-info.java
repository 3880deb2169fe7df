/** A user's module: the README's quickstart, on Sitrep's named modules. */
module org.sitrep.consumer {
  requires org.sitrep.core;
  requires org.sitrep.io;
  requires org.sitrep.validation;
}
