/**
 * Google as a source and a sign-in: an administrator connects Muster to their Google Classroom,
 * imports the students of chosen classes through the same pipeline as a CSV file, and imported
 * users sign in with Google. An import's classes can be read again for new students, by hand or
 * every day on the job engine.
 *
 * <p>Google's endpoints are configuration ({@code muster.google.*}); in the demo they point at the
 * local emulator of the {@code demo} module, so that everything works offline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web", "secrets", "security", "organization", "directory", "importing", "mail"})
@org.jspecify.annotations.NullMarked
package io.muster.classroom;
