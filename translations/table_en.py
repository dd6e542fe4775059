# English is the source language: evovoice_en.ts holds only the plural forms (lupdate -pluralonly),
# so that "%n files" reads "1 file" for one.
COMMON = {
    "%n selected": ["%n selected", "%n selected"],
    "%1 (%n times)": ["%1 (%n time)", "%1 (%n times)"],
    "%1 (%Ln seconds)": ["%1 (%Ln second)", "%1 (%Ln seconds)"],
    "%Ln files": ["%Ln file", "%Ln files"],
    "%1–%2 of %Ln files": ["%1–%2 of %Ln file", "%1–%2 of %Ln files"],
}

COMMON.update({
    'The linked file is beyond the first %n page(s) of this filter; its details are shown.':
        ['The linked file is beyond the first page of this filter; its details are shown.', 'The linked file is beyond the first %n pages of this filter; its details are shown.'],
    '%1 in %n file(s)':
        ['%1 in %n file', '%1 in %n files'],
})
