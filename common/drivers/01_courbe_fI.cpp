// Programme de la question 01 (ex01_courbe_fI et sol01_courbe_fI).
#include "td4/cli.hpp"
#include "td4/q01_courbe_fI.hpp"

int main(int argc, char* argv[]) {
  return td4::run_main(argv[0], [&] {
    td4::CommonOptions o;
    td4::CommandLine cli(argv[0],
                         "Question 01 : trace la courbe f-I Φ(I), son inverse Φ⁻¹(r) sur "
                         "(0, rmax) et sa dérivée Φ'(I).");
    cli.add_common(o, false);
    if (!cli.parse(argc, argv)) return;
    td4::Plotter plot(o.plot);
    td4::q01::draw(o.phi, plot);
  });
}
