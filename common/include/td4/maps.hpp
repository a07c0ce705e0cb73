// Les cartes à deux paramètres des questions 04 à 06 : où vit la
// bistabilité, où le couple E–I oscille, pour quels couplages l'anneau
// garde la mémoire. Chaque carte coûte au plus une ou deux secondes.
#pragma once

#include "td4/ei_pair.hpp"
#include "td4/figure.hpp"
#include "td4/one_population.hpp"
#include "td4/ring.hpp"

#include <string>
#include <vector>

namespace td4 {

// Question 04 : le plan (Iext, w). Les deux courbes de nœuds-cols qui se
// rejoignent à la fronce, la zone bistable (trois points fixes) entre elles,
// et les couples (Iext, w) de `current`. Le cadre est celui des courbes
// (jusqu'à w = 3·w de la fronce) ; un couple hors du cadre est posé sur son
// bord, ses vraies coordonnées écrites à côté. La zone bistable et la fronce
// sont nommées sur la figure, la légende reste courte.
Figure cusp_map(const Transfer& phi, const std::vector<OnePopulation>& current,
                const std::string& name, const std::string& title);

// « 1 point fixe, stable », « 3 points fixes, 2 stables »… : les régions de
// la carte E–I.
std::string fixed_point_summary(const std::vector<EIFixedPoint>& fps);

// Question 05 : le plan (wEE, IextE) pour wEE dans [0, wEE_max], IextE
// autour de p.IextE, les autres paramètres ceux de p. Les courbes de Hopf et
// de nœuds-cols (td4/landmarks.hpp), et sur une grille de n × n cases
// (coupées en 4 × 4 au bord d'une région) la région : nombre de points fixes
// et combien sont stables. Les cases, pleines, pavent le plan ; celles d'une
// région de moins de 1 % de la carte portent aussi un point. Un seul point
// fixe, instable, dans le carré [0, rmax]² d'où rien ne sort : un cycle
// limite l'entoure (Poincaré–Bendixson). Le réglage de p est marqué, et le
// balayage en wEE (IextE = p.IextE) tracé.
Figure ei_map(const EIPair& p, double wEE_max, int n, const std::string& name,
              const std::string& title);

// Question 06 : le plan (J0, J1). La frontière théorique J1 = J1 critique(J0)
// (l'état uniforme devient instable au-dessus), et le verdict de simulations
// sans bruit (td4::ring_verdict, N ≤ 64) sur une grille de n × n points :
// uniforme, bump allumé qui persiste, bump spontané. Le réglage de p est
// marqué.
Figure ring_phase_diagram(const RingParams& p, int n, const std::string& name,
                          const std::string& title);

}  // namespace td4
