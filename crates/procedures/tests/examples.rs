//! Example answer files are checked with their procedure: a wrong one makes
//! the procedure unavailable, with the file named.

use std::path::Path;

use permanence_procedures::load::{Entry, load_catalogue};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn a_wrong_example_file_is_reported_with_its_path_and_line() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures, dir.path());
    let examples = dir.path().join("procedures/valide/examples");
    std::fs::write(
        examples.join("faux.json"),
        "{\n  \"reponse\": \"peut-etre\",\n  \"inconnue\": 1\n}\n",
    )
    .unwrap();
    std::fs::write(
        examples.join("casse.json"),
        "{\n  \"nom\": \"x\",\n  oups\n}\n",
    )
    .unwrap();
    let cat = load_catalogue(
        &dir.path().join("procedures"),
        &dir.path().join("locales"),
        &["fr", "en", "ar"],
        dir.path(),
    )
    .unwrap();
    let Some(Entry::Unavailable { problems, .. }) = cat.entries.iter().find(|e| e.id() == "valide")
    else {
        panic!("valide should be unavailable")
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(
        lines[0].starts_with("procedures/valide/examples/casse.json:3: JSON:"),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l
                == "procedures/valide/examples/faux.json: `inconnue` is not a question of valide"),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("procedures/valide/examples/faux.json: `reponse` (choice)")),
        "{lines:#?}"
    );
}
